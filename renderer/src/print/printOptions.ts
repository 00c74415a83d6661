import type { ExportLanguage } from '../../../shared/exporters/exportStrings';

export interface PrintOptions {
  language: ExportLanguage;
  /** A page per organisation with only its actions, instead of the minutes. */
  perOrganisation: boolean;
  /** Print as soon as it is drawn (the console's "print to PDF" in a browser). */
  autoPrint: boolean;
}

/** `?lang=en&org=1&print=1` → options; anything unknown falls back to Danish minutes. */
export function printOptionsFrom(search: string): PrintOptions {
  const params = new URLSearchParams(search);
  return {
    language: params.get('lang') === 'en' ? 'en' : 'da',
    perOrganisation: params.get('org') === '1',
    autoPrint: params.get('print') === '1',
  };
}
