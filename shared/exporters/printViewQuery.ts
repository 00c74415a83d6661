import type { MinutesOptions } from '../model/minutesOptions';
import type { QueryParams } from './exportQuery';
import type { Language } from '../languages';
import { minutesOptionsFromQuery, minutesOptionsQuery } from './minutesOptionsQuery';

/** What the print view (renderer/print.html) draws; the PDF printers and the console ask for it. */
export interface PrintViewRequest {
  language: Language;
  /** A page per organisation with only its actions, instead of the minutes. */
  perOrganisation: boolean;
  /** Only this organisation's page (a PDF per organisation); null: every organisation's. */
  organisation: string | null;
  /** Over the workshop's saved minutes options (the command line's flags); usually none. */
  minutesOptions: Partial<MinutesOptions>;
}

/**
 * Two parameters, so no organisation's name can be mistaken for the other: `org=1` is a page per
 * organisation, `only=<name>` that one organisation's page (an organisation may be called "1").
 */
const EVERY_ORGANISATION = 'org';
const ONE_ORGANISATION = 'only';

/** The print view's query string (without `?`), e.g. `lang=en&only=Aalborg%20Kommune&killers=named`. */
export function printViewQuery(request: Partial<PrintViewRequest> & { language: Language }) {
  const params = [`lang=${request.language}`];
  const organisation = request.organisation ?? null;
  if (organisation !== null) params.push(`${ONE_ORGANISATION}=${encodeURIComponent(organisation)}`);
  else if (request.perOrganisation) params.push(`${EVERY_ORGANISATION}=1`);
  const overrides = minutesOptionsQuery(request.minutesOptions ?? {});
  if (overrides !== '') params.push(overrides);
  return params.join('&');
}

/** The query string read back; anything unknown falls back to Danish minutes. */
export function printViewRequestFrom(params: QueryParams): PrintViewRequest {
  const only = params.get(ONE_ORGANISATION);
  const organisation = only === null || only === '' ? null : only;
  return {
    language: params.get('lang') === 'en' ? 'en' : 'da',
    perOrganisation: organisation !== null || params.get(EVERY_ORGANISATION) === '1',
    organisation,
    minutesOptions: minutesOptionsFromQuery(params),
  };
}
