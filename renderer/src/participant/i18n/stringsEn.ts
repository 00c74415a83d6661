import { app, language, rooms } from '../../i18n/en.json';
import type { PhoneStrings } from './stringsDa';
import phone from './en.json';

/** The phone page's English, in the same shape as its Danish (stringsDa.ts). */
const strings: PhoneStrings = { ...phone, app: { name: app.name }, language, rooms };
export default strings;
