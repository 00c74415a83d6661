import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Command } from '../../shared/commands';
import { serializeDocument } from '../../shared/document/format';
import { emptyWorkshop } from '../../shared/model/workshop';
import { FILE_STEM_MAX_BYTES } from '../../shared/safeFileStem';
import { LONG_TEXTS, POINT_TITLES, PROGRAMME } from '../../test/fixtures/corpus/sentences';
import { listing, useTempDirs } from '../platform/testing/tempDirs';
import { addPoint, fakeClock, hostHarness } from './testing/hostHarness';
import type { RenameFile } from './moveDocument';
import { renameDurably } from './moveDocument';

const tempDir = useTempDirs();

const setup = () => hostHarness(tempDir(), fakeClock().now);
const recentOf = (settingsFile: string) =>
  (JSON.parse(fs.readFileSync(settingsFile, 'utf8')) as { recent: string[] }).recent;

const NAME = '2015-04-16 Møde i Direktørforum';
const FILE = `${NAME}.dialogrum`;
const setMeeting: Command = {
  type: 'workshop.update',
  title: 'Møde i Direktørforum',
  date: '2015-04-16',
};

/** Renames as the disk does, except the `failing`-th call, which `fail` decides. */
function renameFailingAt(failing: number, fail: () => Promise<void>): RenameFile {
  let calls = 0;
  return (from, to) => (++calls === failing ? fail() : renameDurably(from, to));
}

describe('a workshop file named for its meeting', () => {
  it('takes the date and title once both are set; every view and the recent list follow', async () => {
    const harness = setup();
    const { host, events } = await harness.start();
    await host.handlers.dispatch(addPoint('pt1', POINT_TITLES.proposal));
    await host.handlers.dispatch({ type: 'workshop.update', title: 'Møde i Direktørforum' });
    expect((await host.handlers.getState(undefined)).document.name).toBe('Workshop 1');

    await host.handlers.dispatch({ type: 'workshop.update', date: '2015-04-16' });
    const state = await host.handlers.getState(undefined);
    const file = path.join(harness.documentsDir, FILE);
    expect(state.document).toEqual({ path: file, name: NAME });
    expect(state.canUndo).toBe(true);
    expect(events.filter((e) => e.type === 'snapshot').at(-1)).toEqual({
      type: 'snapshot',
      snapshot: state,
    });
    // The journal and the backup went with it: nothing is left under the old name.
    expect(listing(harness.documentsDir)).toEqual([FILE, `${FILE}.bak`, `${FILE}.journal`]);
    expect(JSON.parse(fs.readFileSync(`${file}.bak`, 'utf8')).revision).toBe(0);
    expect(recentOf(harness.settingsFile)).toEqual([file]);
    expect((await host.handlers.listDocuments(undefined)).available.map((d) => d.name)).toEqual([
      NAME,
    ]);

    // It carries on there; a crash (no close) and a restart find it and every change.
    await host.handlers.dispatch(addPoint('pt2', POINT_TITLES.interplay));
    const { host: again } = await harness.start();
    const reopened = await again.handlers.getState(undefined);
    expect(reopened.document.name).toBe(NAME);
    expect(reopened.workshop.agenda.map((p) => p.title)).toEqual([
      POINT_TITLES.proposal,
      POINT_TITLES.interplay,
    ]);
    await Promise.all([again.close(), host.close()]);
  });

  it.each([
    [PROGRAMME[5]!.title, '2015-04-16 Workshop hvordan kan vi selv styrke ledelse på tværs'],
    [
      'Samarbejde på kommune-/hospitals-/klyngeniveau: status?',
      '2015-04-16 Samarbejde på kommune- hospitals- klyngeniveau status',
    ],
    ['Sundhed og Omsorg, Aarhus Kommune.', '2015-04-16 Sundhed og Omsorg, Aarhus Kommune'],
  ])('makes a name every system accepts from «%s»', async (title, expected) => {
    const harness = setup();
    const { host } = await harness.start();
    await host.handlers.dispatch({ type: 'workshop.update', title, date: '2015-04-16' });
    const state = await host.handlers.getState(undefined);
    expect(state.document.name).toBe(expected);
    expect(state.workshop.title).toBe(title); // the title itself is as typed
    expect(listing(harness.documentsDir)[0]).toBe(`${expected}.dialogrum`);
    await host.close();
  });

  it('cuts a very long Danish title to a name within the byte limit, between words', async () => {
    const harness = setup();
    const { host } = await harness.start();
    const title = LONG_TEXTS[2]; // 174 characters, 176 bytes: with the date, over the limit
    await host.handlers.dispatch({ type: 'workshop.update', title, date: '2015-04-16' });
    const { name } = (await host.handlers.getState(undefined)).document;
    expect(Buffer.byteLength(name)).toBeLessThanOrEqual(FILE_STEM_MAX_BYTES);
    expect(`2015-04-16 ${title}`.startsWith(`${name} `)).toBe(true);
    await host.close();
  });

  it('never renames a file the user named, nor one already named for its meeting', async () => {
    const harness = setup();
    const { host } = await harness.start();
    await host.handlers.saveDocumentAs({ path: 'Direktørforum april' });
    await host.handlers.dispatch(setMeeting);
    expect((await host.handlers.getState(undefined)).document.name).toBe('Direktørforum april');

    await host.handlers.newDocument(undefined);
    await host.handlers.dispatch(setMeeting);
    await host.handlers.dispatch({ type: 'workshop.update', title: 'Ekstraordinært møde' });
    expect((await host.handlers.getState(undefined)).document.name).toBe(NAME);
    expect(listing(harness.documentsDir).filter((n) => n.endsWith('.dialogrum'))).toEqual([
      FILE,
      'Direktørforum april.dialogrum',
    ]);
    await host.close();
  });

  it('gives a taken name " (2)", also when it differs only in case; the other file is untouched', async () => {
    const harness = setup();
    const { host } = await harness.start();
    const other = path.join(harness.documentsDir, '2015-04-16 MØDE I DIREKTØRFORUM.dialogrum');
    const bytes = serializeDocument(emptyWorkshop('w-andet'), 4, new Date(0));
    fs.writeFileSync(other, bytes);
    await host.handlers.dispatch(setMeeting);
    expect((await host.handlers.getState(undefined)).document.name).toBe(`${NAME} (2)`);
    expect(fs.readFileSync(other, 'utf8')).toBe(bytes);
    await host.handlers.newDocument(undefined);
    await host.handlers.dispatch(setMeeting);
    expect((await host.handlers.getState(undefined)).document.name).toBe(`${NAME} (3)`);
    await host.close();
  });

  it('a crash between moving the document and its journal leaves it openable, found at restart', async () => {
    const harness = setup();
    const stopHere = () => new Promise<void>(() => undefined); // the process stops: never resolves
    const { host } = await harness.start({ renameFile: renameFailingAt(2, stopHere) });
    await host.handlers.dispatch(addPoint('pt1', POINT_TITLES.secretariat));
    void host.handlers.dispatch(setMeeting);
    const file = path.join(harness.documentsDir, FILE);
    await expect.poll(() => fs.existsSync(file)).toBe(true);
    expect(listing(harness.documentsDir)).toEqual([
      FILE,
      'Workshop 1.dialogrum.bak',
      'Workshop 1.dialogrum.journal',
    ]);

    const { host: again } = await harness.start();
    const state = await again.handlers.getState(undefined);
    expect(state.document.path).toBe(file);
    expect(state.workshop).toMatchObject({ title: 'Møde i Direktørforum', date: '2015-04-16' });
    expect(state.workshop.agenda.map((p) => p.title)).toEqual([POINT_TITLES.secretariat]);
    await again.close();
  });

  it('a journal that cannot follow stays behind, empty; the document carries on renamed', async () => {
    const harness = setup();
    const busy = () => Promise.reject(Object.assign(new Error('EBUSY'), { code: 'EBUSY' }));
    const { host } = await harness.start({ renameFile: renameFailingAt(2, busy) });
    await host.handlers.dispatch(addPoint('pt1', POINT_TITLES.secretariat));
    await host.handlers.dispatch(setMeeting);
    expect((await host.handlers.getState(undefined)).document.name).toBe(NAME);
    const left = path.join(harness.documentsDir, 'Workshop 1.dialogrum.journal');
    expect(fs.readFileSync(left, 'utf8')).toBe('');
    expect(host.warnings.join('\n')).toContain(left);
    await host.handlers.dispatch(addPoint('pt2', POINT_TITLES.dataSharing));
    const { host: again } = await harness.start(); // after a crash: no close
    const state = await again.handlers.getState(undefined);
    expect(state.document.name).toBe(NAME);
    expect(state.workshop.agenda.map((p) => p.id)).toEqual(['pt1', 'pt2']);
    await Promise.all([again.close(), host.close()]);
  });

  it('a document that cannot be renamed (in use) keeps its name and every change', async () => {
    const harness = setup();
    const busy = () => Promise.reject(Object.assign(new Error('EBUSY'), { code: 'EBUSY' }));
    const { host } = await harness.start({ renameFile: renameFailingAt(1, busy) });
    await host.handlers.dispatch(setMeeting);
    await host.handlers.dispatch(addPoint('pt1', POINT_TITLES.secretariat));
    const state = await host.handlers.getState(undefined);
    expect(state.document.name).toBe('Workshop 1');
    expect(state.workshop.title).toBe('Møde i Direktørforum');
    expect(host.warnings.join('\n')).toContain('Could not rename');
    expect(listing(harness.documentsDir).some((n) => n.startsWith(NAME))).toBe(false);
    expect(recentOf(harness.settingsFile)).toEqual([state.document.path]);
    await host.close();
    const { host: again } = await harness.start();
    expect((await again.handlers.getState(undefined)).workshop.agenda).toHaveLength(1);
    await again.close();
  });
});

describe('Save As', () => {
  it('moves a "Workshop N" file: nothing stays under the old name, its backup follows', async () => {
    const harness = setup();
    const { host } = await harness.start();
    await host.handlers.dispatch(addPoint('pt1', POINT_TITLES.councils));
    const first = (await host.handlers.getState(undefined)).document.path;
    await host.handlers.saveDocumentAs({ path: first }); // written whole: a .bak now exists
    await host.handlers.dispatch(addPoint('pt2', POINT_TITLES.transition));
    const saved = await host.handlers.saveDocumentAs({ path: 'Klyngemøde Vest' });
    expect(listing(harness.documentsDir)).toEqual([
      'Klyngemøde Vest.dialogrum',
      'Klyngemøde Vest.dialogrum.bak',
      'Klyngemøde Vest.dialogrum.journal',
    ]);
    expect(recentOf(harness.settingsFile)).toEqual([saved.document.path]);
    await host.close();
    const { host: again } = await harness.start();
    const state = await again.handlers.getState(undefined);
    expect(state.document.name).toBe('Klyngemøde Vest');
    expect(state.workshop.agenda.map((p) => p.id)).toEqual(['pt1', 'pt2']);
    await again.close();
  });

  it('keeps a file with a name it did not give as "Workshop N" where it was', async () => {
    const harness = setup();
    const { host } = await harness.start();
    await host.handlers.dispatch(setMeeting);
    await host.handlers.saveDocumentAs({ path: 'Kopi til sekretariatet' });
    expect(listing(harness.documentsDir).filter((n) => n.endsWith('.dialogrum'))).toEqual([
      FILE,
      'Kopi til sekretariatet.dialogrum',
    ]);
    await host.close();
  });
});
