import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createHost, type LocalHost } from '../host/createHost';
import { JsonSettingsStore } from '../settings/jsonSettingsStore';
import { createDocumentActions, withDocumentExtension } from './documentActions';
import type * as FakeElectron from './fakeElectron';
import { shellStrings } from '../../shared/i18n/menuStrings';

let fake: typeof FakeElectron;
let dir: string;
let host: LocalHost;

beforeEach(async () => {
  vi.resetModules();
  fake = await import('./fakeElectron');
  dir = await fs.mkdtemp(path.join(os.tmpdir(), 'dialogrum-actions-'));
  host = await createHost({
    documentsDir: path.join(dir, 'Dialogrum'),
    settings: new JsonSettingsStore(path.join(dir, 'settings.json')),
  });
});

afterEach(async () => {
  await host.close();
  await fs.rm(dir, { recursive: true, force: true });
});

const actions = () =>
  createDocumentActions({
    dialog: fake.dialog as unknown as Parameters<typeof createDocumentActions>[0]['dialog'],
    host,
    documentsDir: path.join(dir, 'Dialogrum'),
    parent: () => null,
    strings: () => shellStrings('en'),
  });

const documentPath = async () => (await host.handlers.getState(undefined)).document.path;

describe('document actions', () => {
  it('Save As… writes the workshop where the user chose, adding .dialogrum', async () => {
    fake.dialog.nextSave = { canceled: false, filePath: path.join(dir, 'Kick-off') };
    await actions().saveAsWithDialog();
    expect(await documentPath()).toBe(path.join(dir, 'Kick-off.dialogrum'));
    await expect(fs.stat(path.join(dir, 'Kick-off.dialogrum'))).resolves.toBeDefined();
  });

  it('Save As… suggests the open file, and leaves no stray "Workshop 1" behind', async () => {
    const documentsDir = path.join(dir, 'Dialogrum');
    await host.handlers.dispatch({
      type: 'workshop.update',
      title: 'Møde i Direktørforum',
      date: '2015-04-16',
    });
    await host.handlers.newDocument(undefined); // "Workshop 1" again, untitled
    fake.dialog.nextSave = { canceled: false, filePath: path.join(dir, 'Styregruppen') };
    await actions().saveAsWithDialog();
    expect(fake.dialog.saveDialogs.at(-1)?.defaultPath).toBe(
      path.join(documentsDir, 'Workshop 1.dialogrum'),
    );
    expect((await fs.readdir(documentsDir)).sort()).toEqual([
      '2015-04-16 Møde i Direktørforum.dialogrum',
      '2015-04-16 Møde i Direktørforum.dialogrum.bak',
      '2015-04-16 Møde i Direktørforum.dialogrum.journal',
    ]);
    fake.dialog.nextSave = { canceled: true, filePath: '' };
    await actions().saveAsWithDialog();
    expect(fake.dialog.saveDialogs.at(-1)?.defaultPath).toBe(
      path.join(dir, 'Styregruppen.dialogrum'),
    );
  });

  it('Open… opens the chosen file; a cancelled dialog changes nothing', async () => {
    fake.dialog.nextSave = { canceled: false, filePath: path.join(dir, 'A.dialogrum') };
    await actions().saveAsWithDialog();
    await actions().newDocument();
    const fresh = await documentPath();
    fake.dialog.nextOpen = { canceled: true, filePaths: [] };
    await actions().openWithDialog();
    expect(await documentPath()).toBe(fresh);
    fake.dialog.nextOpen = { canceled: false, filePaths: [path.join(dir, 'A.dialogrum')] };
    await actions().openWithDialog();
    expect(await documentPath()).toBe(path.join(dir, 'A.dialogrum'));
  });

  it('a file that cannot be opened becomes an error dialog, and the open workshop stays', async () => {
    const before = await documentPath();
    const broken = path.join(dir, 'broken.dialogrum');
    await fs.writeFile(broken, '{ not json');
    await actions().open(broken);
    expect(fake.dialog.messageBoxes).toEqual([
      expect.objectContaining({ type: 'error', message: shellStrings('en').openFailedTitle }),
    ]);
    expect(await documentPath()).toBe(before);
  });

  it('undo with nothing to undo is quiet', async () => {
    await actions().undo();
    await actions().redo();
    expect(fake.dialog.messageBoxes).toEqual([]);
  });
});

describe('withDocumentExtension', () => {
  it('adds the extension once', () => {
    expect(withDocumentExtension('/a/b')).toBe('/a/b.dialogrum');
    expect(withDocumentExtension('/a/b.dialogrum')).toBe('/a/b.dialogrum');
    expect(withDocumentExtension('/a/B.DIALOGRUM')).toBe('/a/B.DIALOGRUM');
  });
});
