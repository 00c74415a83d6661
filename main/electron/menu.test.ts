import type { MenuItemConstructorOptions } from 'electron';
import { describe, expect, it, vi, type Mock } from 'vitest';
import { LANGUAGES } from '../../shared/settings';
import { buildMenuTemplate, recentLabel, type MenuActions } from './menu';
import { MENU_STRINGS, shellStrings } from '../../shared/i18n/menuStrings';

type MockActions = { [K in keyof MenuActions]: Mock<MenuActions[K]> };

function actions(): MockActions {
  return {
    newDocument: vi.fn(),
    openDocument: vi.fn(),
    saveDocumentAs: vi.fn(),
    openRecent: vi.fn(),
    undo: vi.fn(),
    redo: vi.fn(),
    togglePresenting: vi.fn(),
    setProjectorMode: vi.fn(),
    requestConsole: vi.fn(),
    toggleDevTools: vi.fn(),
  };
}

function items(template: MenuItemConstructorOptions[]): MenuItemConstructorOptions[] {
  return template.flatMap((item) => [
    item,
    ...(Array.isArray(item.submenu) ? items(item.submenu) : []),
  ]);
}

function find(template: MenuItemConstructorOptions[], label: string): MenuItemConstructorOptions {
  const found = items(template).find((item) => item.label === label);
  if (!found) throw new Error(`No menu item ${label}`);
  return found;
}

const click = (item: MenuItemConstructorOptions): void =>
  (item.click as (() => void) | undefined)?.();

const base = {
  recent: [],
  projectorMode: 'normal' as const,
  isPackaged: true,
  platform: 'linux' as const,
};

describe('buildMenuTemplate', () => {
  it('has File, Edit, View and Help in the chosen language', () => {
    for (const language of LANGUAGES) {
      const strings = shellStrings(language);
      const template = buildMenuTemplate({ ...base, strings, actions: actions() });
      expect(template.map((m) => m.label)).toEqual([
        strings.fileMenu,
        strings.editMenu,
        strings.viewMenu,
        strings.helpMenu,
      ]);
    }
    expect(shellStrings('da').fileMenu).toBe('Filer');
    expect(shellStrings('en').fileMenu).toBe('File');
  });

  it('has every string in both languages, none empty', () => {
    const keys = Object.keys(MENU_STRINGS.da).sort();
    expect(Object.keys(MENU_STRINGS.en).sort()).toEqual(keys);
    for (const language of LANGUAGES) {
      for (const value of Object.values(MENU_STRINGS[language])) expect(value.trim()).not.toBe('');
    }
  });

  it('wires File to the document actions', () => {
    const a = actions();
    const s = shellStrings('en');
    const template = buildMenuTemplate({ ...base, strings: s, actions: a });
    click(find(template, s.newDocument));
    click(find(template, s.openDocument));
    click(find(template, s.saveDocumentAs));
    expect(a.newDocument).toHaveBeenCalledOnce();
    expect(a.openDocument).toHaveBeenCalledOnce();
    expect(a.saveDocumentAs).toHaveBeenCalledOnce();
    expect(find(template, s.quit).role).toBe('quit');
  });

  it('lists recent workshops from the settings and opens the one chosen', () => {
    const a = actions();
    const s = shellStrings('en');
    const recent = ['/home/k/Dialogrum/Kick-off.dialogrum', '/home/k/Dialogrum/R&D.dialogrum'];
    const template = buildMenuTemplate({ ...base, recent, strings: s, actions: a });
    const submenu = find(template, s.openRecent).submenu as MenuItemConstructorOptions[];
    expect(submenu.map((item) => item.label)).toEqual(recent.map(recentLabel));
    expect(submenu[1]?.label).toContain('R&&D.dialogrum');
    click(submenu[1] ?? {});
    expect(a.openRecent).toHaveBeenCalledWith(recent[1]);
  });

  it('shows a disabled placeholder when there is nothing recent', () => {
    const s = shellStrings('da');
    const template = buildMenuTemplate({ ...base, strings: s, actions: actions() });
    const submenu = find(template, s.openRecent).submenu as MenuItemConstructorOptions[];
    expect(submenu).toEqual([{ label: s.noRecent, enabled: false }]);
  });

  it('sends Undo (Ctrl+Z) and Redo (Ctrl+Shift+Z) to the host, and keeps the clipboard roles', () => {
    const a = actions();
    const s = shellStrings('en');
    const template = buildMenuTemplate({ ...base, strings: s, actions: a });
    const undo = find(template, s.undo);
    const redo = find(template, s.redo);
    expect(undo.accelerator).toBe('CmdOrCtrl+Z');
    expect(redo.accelerator).toBe('CmdOrCtrl+Shift+Z');
    // Shown, not registered: the page decides (a text field undoes its typing).
    expect([undo.registerAccelerator, redo.registerAccelerator]).toEqual([false, false]);
    expect(undo.role).toBeUndefined();
    click(undo);
    click(redo);
    expect(a.undo).toHaveBeenCalledOnce();
    expect(a.redo).toHaveBeenCalledOnce();
    expect([s.cut, s.copy, s.paste].map((label) => find(template, label).role)).toEqual([
      'cut',
      'copy',
      'paste',
    ]);
  });

  it('shows F5 for presenting without registering it (the keyboard handler owns it)', () => {
    const a = actions();
    const s = shellStrings('en');
    const present = find(buildMenuTemplate({ ...base, strings: s, actions: a }), s.present);
    expect(present).toMatchObject({ accelerator: 'F5', registerAccelerator: false });
    click(present);
    expect(a.togglePresenting).toHaveBeenCalledOnce();
  });

  it('offers developer tools only in a development build', () => {
    const s = shellStrings('en');
    const labels = (isPackaged: boolean) =>
      items(buildMenuTemplate({ ...base, isPackaged, strings: s, actions: actions() })).map(
        (item) => item.label,
      );
    expect(labels(true)).not.toContain(s.toggleDevTools);
    expect(labels(false)).toContain(s.toggleDevTools);
  });

  it('puts Quit in the application menu on macOS', () => {
    const s = shellStrings('en');
    const template = buildMenuTemplate({
      ...base,
      platform: 'darwin',
      strings: s,
      actions: actions(),
    });
    expect(template[0]?.label).toBe('Dialogrum');
    const fileItems = template[1]?.submenu as MenuItemConstructorOptions[];
    expect(fileItems.some((item) => item.role === 'quit')).toBe(false);
    expect(template.map((menu) => menu.role)).toContain('windowMenu');
    const appRoles = (template[0]?.submenu as MenuItemConstructorOptions[]).map((i) => i.role);
    expect(appRoles).toEqual(expect.arrayContaining(['about', 'hide', 'services', 'quit']));
  });

  it('sends Export… to the console page', () => {
    const a = actions();
    const s = shellStrings('en');
    const template = buildMenuTemplate({ ...base, strings: s, actions: a });
    const fileLabels = (template[0]?.submenu as MenuItemConstructorOptions[]).map((i) => i.label);
    expect(fileLabels.indexOf(s.exportDocument)).toBeGreaterThan(
      fileLabels.indexOf(s.saveDocumentAs),
    );
    click(find(template, s.exportDocument));
    expect(a.requestConsole).toHaveBeenCalledWith('export');
  });

  it('asks the console to confirm File › Next meeting in this series…', () => {
    const a = actions();
    const template = buildMenuTemplate({ ...base, strings: shellStrings('da'), actions: a });
    click(find(template, 'Næste møde i serien …'));
    expect(a.requestConsole).toHaveBeenCalledWith('next-meeting');
  });

  it('View: the projector modes as radio items (the current one checked), and the zoom roles', () => {
    const a = actions();
    const s = shellStrings('en');
    const template = buildMenuTemplate({ ...base, projectorMode: 'blank', strings: s, actions: a });
    const modes = [s.modeNormal, s.modeBlank, s.modeTimerOnly, s.modeRoomOnly].map((label) =>
      find(template, label),
    );
    expect(modes.map((item) => item.type)).toEqual(['radio', 'radio', 'radio', 'radio']);
    expect(modes.map((item) => item.checked)).toEqual([false, true, false, false]);
    click(modes[2] ?? {});
    expect(a.setProjectorMode).toHaveBeenCalledWith('timer-only');
    expect([s.resetZoom, s.zoomIn, s.zoomOut].map((label) => find(template, label).role)).toEqual([
      'resetZoom',
      'zoomIn',
      'zoomOut',
    ]);
  });

  it('Help: the guide and the shortcut sheet open in the console; About is the standard role', () => {
    const a = actions();
    const s = shellStrings('da');
    const template = buildMenuTemplate({ ...base, strings: s, actions: a });
    click(find(template, s.guide));
    click(find(template, s.shortcuts));
    expect(a.requestConsole.mock.calls).toEqual([['open-guide'], ['open-shortcuts']]);
    expect(find(template, s.about).role).toBe('about');
    expect(template.at(-1)?.role).toBe('help');
  });
});
