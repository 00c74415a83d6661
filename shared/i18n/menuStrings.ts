import type { Language } from '../languages';

/**
 * Every string the shell itself shows (menus, native dialogs); main/electron builds the menu from
 * them. A plain typed record: a missing key in either language fails the typecheck.
 */
export interface ShellStrings {
  fileMenu: string;
  newDocument: string;
  openDocument: string;
  saveDocumentAs: string;
  exportDocument: string;
  nextMeetingInSeries: string;
  openRecent: string;
  noRecent: string;
  quit: string;
  editMenu: string;
  undo: string;
  redo: string;
  cut: string;
  copy: string;
  paste: string;
  deleteSelection: string;
  selectAll: string;
  viewMenu: string;
  present: string;
  modeNormal: string;
  modeBlank: string;
  modeTimerOnly: string;
  modeRoomOnly: string;
  resetZoom: string;
  zoomIn: string;
  zoomOut: string;
  toggleFullScreen: string;
  toggleDevTools: string;
  helpMenu: string;
  guide: string;
  shortcuts: string;
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
    exportDocument: 'Eksportér …',
    nextMeetingInSeries: 'Næste møde i serien …',
    openRecent: 'Åbn seneste',
    noRecent: 'Ingen seneste workshops',
    quit: 'Afslut',
    editMenu: 'Rediger',
    undo: 'Fortryd',
    redo: 'Annuller fortryd',
    cut: 'Klip',
    copy: 'Kopiér',
    paste: 'Sæt ind',
    deleteSelection: 'Slet',
    selectAll: 'Markér alt',
    viewMenu: 'Vis',
    present: 'Præsentér på projektoren',
    modeNormal: 'Projektor: normal',
    modeBlank: 'Projektor: sort',
    modeTimerOnly: 'Projektor: kun tid',
    modeRoomOnly: 'Projektor: kun rum',
    resetZoom: 'Faktisk størrelse',
    zoomIn: 'Zoom ind',
    zoomOut: 'Zoom ud',
    toggleFullScreen: 'Fuld skærm',
    toggleDevTools: 'Udviklerværktøjer',
    helpMenu: 'Hjælp',
    guide: 'Guide til de fire rum',
    shortcuts: 'Tastaturgenveje',
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
    exportDocument: 'Export…',
    nextMeetingInSeries: 'Next meeting in this series…',
    openRecent: 'Open Recent',
    noRecent: 'No recent workshops',
    quit: 'Quit',
    editMenu: 'Edit',
    undo: 'Undo',
    redo: 'Redo',
    cut: 'Cut',
    copy: 'Copy',
    paste: 'Paste',
    deleteSelection: 'Delete',
    selectAll: 'Select All',
    viewMenu: 'View',
    present: 'Present on the projector',
    modeNormal: 'Projector: normal',
    modeBlank: 'Projector: blank',
    modeTimerOnly: 'Projector: timer only',
    modeRoomOnly: 'Projector: room only',
    resetZoom: 'Actual Size',
    zoomIn: 'Zoom In',
    zoomOut: 'Zoom Out',
    toggleFullScreen: 'Full Screen',
    toggleDevTools: 'Developer Tools',
    helpMenu: 'Help',
    guide: 'Guide to the four rooms',
    shortcuts: 'Keyboard shortcuts',
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
