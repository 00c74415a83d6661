import { translate } from '../../../shared/i18n/translate';
import da from './da.json';

/*
 * For tests of components outside a browser: the page's language store needs one, so
 * `vi.mock('…/i18n/i18n', () => import('…/i18n/danishForTests'))` reads the Danish strings
 * directly instead.
 */
export const localeFor = () => 'da-DK';

export const useTranslation = () => ({
  t: (key: string, values?: Record<string, string | number>) => translate(da, 'da-DK', key, values),
  i18n: { language: 'da' },
});
