import type { Language } from '../../shared/settings';

/**
 * Every string the shell itself shows (menus, native dialogs). The shell has no i18next, so this is
 * a plain typed record: a missing key in either language fails the typecheck.
 */
export interface ShellStrings {
  fileMenu: string;
  newDocument: string;
  openDocument: string;
  saveDocumentAs: string;
  openRecent: string;
  noRecent: string;
  quit: string;
  editMenu: string;
  undo: string;
  redo: string;
  cut: string;
  copy: string;
  paste: string;
  selectAll: string;
  viewMenu: string;
  present: string;
  toggleDevTools: string;
  helpMenu: string;
  about: string;
  fileFilterName: string;
  newFailedTitle: string;
  openFailedTitle: string;
  saveFailedTitle: string;
  settingsRecoveredTitle: string;
  /** `{path}` is replaced by where the unreadable settings file was moved. */
  settingsRecoveredDetail: string;
  startupWarningsTitle: string;
  startFailedTitle: string;
  ok: string;
}

export const MENU_STRINGS: Record<Language, ShellStrings> = {
  da: {
    fileMenu: 'Filer',
    newDocument: 'Ny workshop',
    openDocument: 'Åbn …',
    saveDocumentAs: 'Gem som …',
    openRecent: 'Åbn seneste',
    noRecent: 'Ingen seneste workshops',
    quit: 'Afslut',
    editMenu: 'Rediger',
    undo: 'Fortryd',
    redo: 'Annuller fortryd',
    cut: 'Klip',
    copy: 'Kopiér',
    paste: 'Sæt ind',
    selectAll: 'Markér alt',
    viewMenu: 'Vis',
    present: 'Præsentér på projektoren',
    toggleDevTools: 'Udviklerværktøjer',
    helpMenu: 'Hjælp',
    about: 'Om Dialogrum',
    fileFilterName: 'Dialogrum-workshop',
    newFailedTitle: 'Der kunne ikke oprettes en ny workshop',
    openFailedTitle: 'Workshoppen kunne ikke åbnes',
    saveFailedTitle: 'Workshoppen kunne ikke gemmes',
    settingsRecoveredTitle: 'Indstillingerne kunne ikke læses',
    settingsRecoveredDetail:
      'Dialogrum bruger standardindstillingerne. Den ulæselige fil er flyttet til:\n{path}',
    startupWarningsTitle: 'Dialogrum stødte på problemer ved start',
    startFailedTitle: 'Dialogrum kunne ikke starte',
    ok: 'OK',
  },
  en: {
    fileMenu: 'File',
    newDocument: 'New workshop',
    openDocument: 'Open…',
    saveDocumentAs: 'Save As…',
    openRecent: 'Open Recent',
    noRecent: 'No recent workshops',
    quit: 'Quit',
    editMenu: 'Edit',
    undo: 'Undo',
    redo: 'Redo',
    cut: 'Cut',
    copy: 'Copy',
    paste: 'Paste',
    selectAll: 'Select All',
    viewMenu: 'View',
    present: 'Present on the projector',
    toggleDevTools: 'Developer Tools',
    helpMenu: 'Help',
    about: 'About Dialogrum',
    fileFilterName: 'Dialogrum workshop',
    newFailedTitle: 'A new workshop could not be created',
    openFailedTitle: 'The workshop could not be opened',
    saveFailedTitle: 'The workshop could not be saved',
    settingsRecoveredTitle: 'The settings could not be read',
    settingsRecoveredDetail:
      'Dialogrum is using the default settings. The unreadable file was moved to:\n{path}',
    startupWarningsTitle: 'Dialogrum ran into problems while starting',
    startFailedTitle: 'Dialogrum could not start',
    ok: 'OK',
  },
};

export function shellStrings(language: Language): ShellStrings {
  return MENU_STRINGS[language];
}
