import { NEW_WORKSHOP_STRINGS } from '../i18n/newWorkshopStrings';
import type { Language } from '../languages';

/** Characters no file system takes in a name, and control characters. */
// eslint-disable-next-line no-control-regex
const UNSAFE = /[<>:"/\\|?*\u0000-\u001f]/g;

/**
 * The new meeting's file name stem: "<title> – møde 2", so the series sorts together in the
 * folder. A workshop without a title is "Workshop – møde 2".
 */
export function seriesFileStem(title: string, number: number, language: Language): string {
  const safe = title.replace(UNSAFE, ' ').replace(/\s+/g, ' ').trim().replace(/^\.+/, '');
  const base = (safe || 'Workshop').slice(0, 120).trim();
  return `${base} – ${NEW_WORKSHOP_STRINGS[language].meetingInFileName} ${number}`;
}
