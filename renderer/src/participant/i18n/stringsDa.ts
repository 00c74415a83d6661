import { app, language, rooms } from '../../i18n/da.json';
import phone from './da.json';

/**
 * The phone page's Danish: its own sentences, and the few it shares with the console (the app's
 * name, the language names, the rooms' names and guidance) taken from the console's file, so
 * each is written once. The phone page is built on its own, so only these parts of that file
 * reach it.
 */
const strings = { ...phone, app: { name: app.name }, language, rooms };
export default strings;
export type PhoneStrings = typeof strings;
