import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Command } from '../../shared/commands';
import { DocumentError, serializeDocument } from '../../shared/document/format';
import { emptyWorkshop, type Workshop } from '../../shared/model/workshop';
import { reduce } from '../../shared/reducer';
import { DocumentStore } from './documentStore';
import { listing, useTempDirs } from '../platform/testing/tempDirs';

const tempDir = useTempDirs();
const clock = () => Date.UTC(2026, 10, 25, 9, 0);

const addPoint = (n: number): Command => ({
  type: 'agenda.add',
  point: {
    id: `pt${n}`,
    title: `Punkt ${n}`,
    purpose: 'decision',
    plannedMinutes: 10,
    presenter: '',
  },
});

/** Commit `count` new agenda points, as the host would. */
async function commitPoints(store: DocumentStore, from: number, count: number): Promise<void> {
  for (let n = from; n < from + count; n++) {
    const { state, patches } = reduce(store.workshop, addPoint(n), { now: clock() });
    await store.commit(state, patches);
  }
}

async function newStore(compactEvery = 200): Promise<{ file: string; store: DocumentStore }> {
  const file = path.join(tempDir(), 'Workshop 1.dialogrum');
  const store = await DocumentStore.create(file, emptyWorkshop('w1'), 0, { clock, compactEvery });
  return { file, store };
}

const titles = (w: Workshop) => w.agenda.map((p) => p.title);

async function expectDocumentError(promise: Promise<unknown>): Promise<DocumentError> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(DocumentError);
  return error as DocumentError;
}

describe('DocumentStore', () => {
  it('replays the journal on open: every committed change is there without a close', async () => {
    const { file, store } = await newStore();
    await commitPoints(store, 1, 3);
    // No close: as after a crash. The file still holds revision 0, the journal the rest.
    expect(JSON.parse(fs.readFileSync(file, 'utf8')).revision).toBe(0);
    const reopened = await DocumentStore.open(file, { clock });
    expect(reopened.revision).toBe(3);
    expect(reopened.workshop).toEqual(store.workshop);
    await Promise.all([store.close(), reopened.close()]);
  });

  it('compacts after N entries: the file holds the new revision, the old one is the .bak', async () => {
    const { file, store } = await newStore(5);
    await commitPoints(store, 1, 5);
    expect(store.compactionDue).toBe(true);
    await store.compact();
    expect(JSON.parse(fs.readFileSync(file, 'utf8')).revision).toBe(5);
    expect(JSON.parse(fs.readFileSync(`${file}.bak`, 'utf8')).revision).toBe(0);
    expect(fs.readFileSync(`${file}.journal`, 'utf8')).toBe('');
    await store.close();
  });

  it('compacts on close', async () => {
    const { file, store } = await newStore();
    await commitPoints(store, 1, 2);
    await store.close();
    const saved = JSON.parse(fs.readFileSync(file, 'utf8'));
    expect(saved.revision).toBe(2);
    expect(saved.workshop.agenda).toHaveLength(2);
    expect(fs.readFileSync(`${file}.journal`, 'utf8')).toBe('');
  });

  it('opens after a crash between writing the file and emptying the journal', async () => {
    const { file, store } = await newStore();
    await commitPoints(store, 1, 3);
    const journal = fs.readFileSync(`${file}.journal`);
    await store.close();
    fs.writeFileSync(`${file}.journal`, journal); // as if the truncate never happened
    const reopened = await DocumentStore.open(file, { clock });
    expect(reopened.revision).toBe(3);
    expect(titles(reopened.workshop)).toEqual(['Punkt 1', 'Punkt 2', 'Punkt 3']);
    await reopened.close();
  });

  it('drops a cut last line on open, so later changes are not written after garbage', async () => {
    const { file, store } = await newStore();
    await commitPoints(store, 1, 2);
    fs.appendFileSync(`${file}.journal`, '{"revision":3,"patc');
    const reopened = await DocumentStore.open(file, { clock });
    expect(reopened.revision).toBe(2);
    await commitPoints(reopened, 3, 1);
    const again = await DocumentStore.open(file, { clock });
    expect(titles(again.workshop)).toEqual(['Punkt 1', 'Punkt 2', 'Punkt 3']);
    await Promise.all([store.close(), reopened.close(), again.close()]);
  });

  it('recovers what it can from a damaged journal, keeps a copy, and warns', async () => {
    const { file, store } = await newStore();
    await commitPoints(store, 1, 3);
    const lines = fs.readFileSync(`${file}.journal`, 'utf8').split('\n');
    fs.writeFileSync(`${file}.journal`, [lines[0], 'garbage', lines[2], ''].join('\n'));
    const reopened = await DocumentStore.open(file, { clock });
    expect(titles(reopened.workshop)).toEqual(['Punkt 1']);
    expect(reopened.warnings[0]).toContain('damaged');
    const copy = listing(path.dirname(file)).find((n) => n.includes('.journal.corrupt-'));
    expect(copy).toBeDefined();
    expect(reopened.warnings[0]).toContain(copy);
    await Promise.all([store.close(), reopened.close()]);
  });

  it.each([
    ['garbage', 'PK\u0003\u0004 not a workshop at all'],
    ['a truncated file', serializeDocument(emptyWorkshop('w1'), 3, new Date()).slice(0, 60)],
    ['an empty file', ''],
    ['an invalid workshop', '{"format":"dialogrum","formatVersion":1,"revision":1}'],
  ])('moves %s aside, never deleting it, and says where', async (_label, bytes) => {
    const dir = tempDir();
    const file = path.join(dir, 'Workshop 1.dialogrum');
    fs.writeFileSync(file, bytes);
    fs.writeFileSync(`${file}.journal`, '{"revision":4,"patches":[]}\n');
    const error = await expectDocumentError(DocumentStore.open(file, { clock }));
    const moved = listing(dir).find((n) => n.startsWith('Workshop 1.dialogrum.corrupt-'));
    expect(moved).toBeDefined();
    expect(error.message).toContain(path.join(dir, moved!));
    expect(fs.readFileSync(path.join(dir, moved!), 'utf8')).toBe(bytes);
    // Its journal goes too, so it is never replayed onto a new document of that name.
    expect(listing(dir).some((n) => n.startsWith('Workshop 1.dialogrum.journal.corrupt-'))).toBe(
      true,
    );
    expect(fs.existsSync(file)).toBe(false);
  });

  it('points at the .bak when a damaged file has one', async () => {
    const { file, store } = await newStore();
    await commitPoints(store, 1, 1);
    await store.close();
    fs.writeFileSync(file, '{"format":"dialogrum","formatVer');
    const error = await expectDocumentError(DocumentStore.open(file, { clock }));
    expect(error.message).toContain(`${file}.bak`);
  });

  it('refuses a file from a newer version and leaves it and its journal exactly as they were', async () => {
    const dir = tempDir();
    const file = path.join(dir, 'Future.dialogrum');
    const bytes = JSON.stringify({
      format: 'dialogrum',
      formatVersion: 99,
      revision: 7,
      workshop: {},
    });
    fs.writeFileSync(file, bytes);
    fs.writeFileSync(`${file}.journal`, 'future journal\n');
    const error = await expectDocumentError(DocumentStore.open(file, { clock }));
    expect(error.code).toBe('newer-version');
    expect(fs.readFileSync(file, 'utf8')).toBe(bytes);
    expect(fs.readFileSync(`${file}.journal`, 'utf8')).toBe('future journal\n');
    expect(listing(dir)).toEqual(['Future.dialogrum', 'Future.dialogrum.journal']);
  });

  it.each([
    ['someone else’s JSON file', 'package.json', '{"name":"x"}'],
    ['a text file', 'notes.txt', 'not json'],
    ['a journal opened by mistake', 'W.dialogrum.journal', '{"revision":1,"patches":[]}\n{"re'],
  ])('refuses %s and leaves it where it is', async (_label, name, bytes) => {
    const dir = tempDir();
    const file = path.join(dir, name);
    fs.writeFileSync(file, bytes);
    await expectDocumentError(DocumentStore.open(file, { clock }));
    expect(listing(dir)).toEqual([name]);
    expect(fs.readFileSync(file, 'utf8')).toBe(bytes);
  });

  it('says clearly when there is no file', async () => {
    const file = path.join(tempDir(), 'Gone.dialogrum');
    const error = await expectDocumentError(DocumentStore.open(file, { clock }));
    expect(error.message).toContain(file);
  });

  it('saves as a new file at the same revision; the old file keeps its own changes', async () => {
    const { file, store } = await newStore();
    await commitPoints(store, 1, 2);
    const copyPath = path.join(path.dirname(file), 'Kopi.dialogrum');
    const copy = await store.saveAs(copyPath);
    await store.close();
    await commitPoints(copy, 3, 1);
    await copy.close();
    const original = await DocumentStore.open(file, { clock });
    const reopenedCopy = await DocumentStore.open(copyPath, { clock });
    expect(titles(original.workshop)).toEqual(['Punkt 1', 'Punkt 2']);
    expect(titles(reopenedCopy.workshop)).toEqual(['Punkt 1', 'Punkt 2', 'Punkt 3']);
    expect(reopenedCopy.revision).toBe(3);
    await Promise.all([original.close(), reopenedCopy.close()]);
  });

  it('saving over an existing document does not replay that document’s journal', async () => {
    const { file, store } = await newStore();
    await commitPoints(store, 1, 5);
    const journal = fs.readFileSync(`${file}.journal`);
    await store.close();
    fs.writeFileSync(`${file}.journal`, journal); // the target's own journal: revisions 1..5
    const other = await DocumentStore.create(
      path.join(path.dirname(file), 'Other.dialogrum'),
      emptyWorkshop('w2'),
      0,
      { clock },
    );
    const replaced = await other.saveAs(file);
    await commitPoints(replaced, 10, 1);
    const reopened = await DocumentStore.open(file, { clock });
    expect(reopened.workshop.id).toBe('w2');
    expect(titles(reopened.workshop)).toEqual(['Punkt 10']);
    await Promise.all([other.close(), replaced.close(), reopened.close()]);
  });
});
