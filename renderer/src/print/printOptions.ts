import { printViewRequestFrom } from '../../../shared/exporters/printViewQuery';
import type { Language } from '../../../shared/languages';
import type { MinutesOptions } from '../../../shared/model/minutesOptions';

export interface PrintOptions {
  language: Language;
  /** A page per organisation with only its actions, instead of the minutes. */
  perOrganisation: boolean;
  /** Only this organisation's page (`only=<name>`), or every organisation's (`org=1`): null. */
  organisation: string | null;
  /** Print as soon as it is drawn (the console's "print to PDF" in a browser). */
  autoPrint: boolean;
  /** Over the workshop's saved minutes options (the command line's flags); usually none. */
  minutes: Partial<MinutesOptions>;
}

/**
 * `?lang=en&org=1&print=1` → options; anything unknown falls back to Danish minutes. `org=1` is a
 * page per organisation; `only=<name>` only that organisation's page (shared/exporters/printViewQuery.ts).
 */
export function printOptionsFrom(search: string): PrintOptions {
  const params = new URLSearchParams(search);
  const { language, perOrganisation, organisation, minutesOptions } = printViewRequestFrom(params);
  return {
    language,
    perOrganisation,
    organisation,
    autoPrint: params.get('print') === '1',
    minutes: minutesOptions,
  };
}
