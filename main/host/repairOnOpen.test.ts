import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { DocumentError, serializeDocument } from '../../shared/document/format';
import type { Workshop } from '../../shared/model/workshop';
import { meeting } from '../../shared/testing/commandCases';
import { listing, useTempDirs } from '../platform/testing/tempDirs';
import { DocumentStore } from './documentStore';
import { hostHarness } from './testing/hostHarness';

const tempDir = useTempDirs();
const clock = () => Date.UTC(2026, 10, 25, 9, 0);
const NAME = 'Workshop 1.dialogrum';

/** A file as a hand edit could leave it: `edit` may break any limit. */
function writeWorkshop(dir: string, edit: (w: Workshop) => void, revision = 3): string {
  const workshop = JSON.parse(JSON.stringify(meeting())) as Workshop; // meeting() is frozen
  edit(workshop);
  const file = path.join(dir, NAME);
  fs.writeFileSync(file, serializeDocument(workshop, revision, new Date(clock())));
  return file;
}

const responses = (count: number) =>
  Array.from({ length: count }, (_, i) => ({
    id: `r${String(i).padStart(5, '0')}`,
    formId: 'pataevaers' as const,
    scores: { pt9: 4 },
  }));

const journalLine = (revision: number, title: string) =>
  `${JSON.stringify({ revision, patches: [{ op: 'replace', path: ['title'], value: title }] })}\n`;

describe('opening a workshop that breaks a limit', () => {
  it('repairs it, keeps the original untouched and every removed item, and says what changed', async () => {
    const dir = tempDir();
    const file = writeWorkshop(dir, (w) => {
      w.evaluation.responses = responses(5_010);
      w.series = { id: 's1', number: 1000, meetings: [], followUpPointId: null };
    });
    const original = fs.readFileSync(file, 'utf8');
    const store = await DocumentStore.open(file, { clock });
    expect(store.workshop.evaluation.responses).toHaveLength(5_000);
    expect(store.workshop.series?.number).toBe(999);

    const names = listing(dir);
    const kept = names.find((n) => n.startsWith(`${NAME}.before-repair-`));
    const recovered = names.find((n) => n.startsWith(`${NAME}.recovered-`));
    expect(fs.readFileSync(path.join(dir, kept!), 'utf8')).toBe(original);
    const list = JSON.parse(fs.readFileSync(path.join(dir, recovered!), 'utf8')) as {
      changes: { kind: string; removed?: { id: string }[] }[];
    };
    const cut = list.changes.find((c) => c.kind === 'list');
    expect(cut?.removed?.map((r) => r.id)).toEqual(
      responses(5_010)
        .slice(5_000)
        .map((r) => r.id),
    );
    expect(names.some((n) => n.includes('corrupt'))).toBe(false);

    const [en] = store.warnings;
    expect(en).toContain('evaluation › responses: 5010, but at most 5000 are allowed');
    expect(en).toContain('series › number: 1000 is out of range and was changed to 999');
    expect(en).toContain(path.join(dir, kept!));
    expect(en).toContain(path.join(dir, recovered!));
    const [da] = store.describeNotices('da');
    expect(da).toContain('evaluering › svar: 5010, men højst 5000 er tilladt');
    await store.close();

    // The file now holds the repaired workshop: it opens as it is, with nothing more set aside.
    const again = await DocumentStore.open(file, { clock });
    expect(again.warnings).toEqual([]);
    expect(again.workshop).toEqual(store.workshop);
    expect(listing(dir)).toEqual(names);
    await again.close();
  });

  it('tells the user in their language through the host', async () => {
    const dir = tempDir();
    const harness = hostHarness(dir, clock);
    fs.mkdirSync(harness.documentsDir);
    const file = writeWorkshop(harness.documentsDir, (w) => {
      w.agenda[0]!.title = 'Lang '.repeat(60);
    });
    const warnings: string[] = [];
    const { host } = await harness.start({ path: file, onWarning: (w) => warnings.push(w) });
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toMatch(/dagsorden › nr\. 1 "Lang.*" › titel: 300 tegn, men højst 200/);
    // The console reads the same message from the state it is sent (OpenNotices).
    const state = await host.handlers.getState(undefined);
    expect(state.notices).toEqual(warnings);
    await host.close();
  });

  it('accepts a file that starts with a byte-order mark', async () => {
    const dir = tempDir();
    const file = writeWorkshop(dir, () => undefined);
    fs.writeFileSync(file, `\uFEFF${fs.readFileSync(file, 'utf8')}`);
    const store = await DocumentStore.open(file, { clock });
    expect(store.workshop).toEqual(meeting());
    expect(store.warnings).toEqual([]);
    expect(listing(dir)).toEqual([NAME, `${NAME}.journal`]);
    await store.close();
  });

  it('refuses a workshop broken beyond repair, leaving the file and its journal where they are', async () => {
    const dir = tempDir();
    const file = writeWorkshop(dir, (w) => {
      (w.agenda[0] as { status: string }).status = 'half-done';
    });
    fs.writeFileSync(`${file}.journal`, journalLine(4, 'Ny'));
    const before = fs.readFileSync(file, 'utf8');
    const error = await DocumentStore.open(file, { clock }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(DocumentError);
    expect((error as DocumentError).code).toBe('unrepairable');
    expect((error as DocumentError).message).toContain('status');
    expect((error as DocumentError).message).toContain('left as it is');
    expect(listing(dir)).toEqual([NAME, `${NAME}.journal`]);
    expect(fs.readFileSync(file, 'utf8')).toBe(before);
  });
});

describe('replaying a journal', () => {
  it('keeps the journal aside and reports how many saved changes were lost after a bad one', async () => {
    const dir = tempDir();
    const file = writeWorkshop(dir, () => undefined, 3);
    const bad = {
      revision: 5,
      patches: [{ op: 'replace', path: ['agenda', 99, 'title'], value: 'x' }],
    };
    const journal =
      journalLine(4, 'A') + `${JSON.stringify(bad)}\n` + journalLine(6, 'B') + journalLine(7, 'C');
    fs.writeFileSync(`${file}.journal`, journal);
    const store = await DocumentStore.open(file, { clock });
    expect(store.workshop.title).toBe('A');
    expect(store.revision).toBe(4);
    const copy = listing(dir).find((n) => n.startsWith(`${NAME}.journal.corrupt-`));
    expect(fs.readFileSync(path.join(dir, copy!), 'utf8')).toBe(journal);
    expect(store.warnings[0]).toContain('revision 5 does not apply');
    expect(store.warnings[0]).toContain('3 later saved change(s) could not be');
    expect(store.describeNotices('da')[0]).toContain('3 senere gemte ændring(er) kunne ikke');
    await store.close();
  });

  it('repairs a journal that takes the workshop past a limit, keeping every change and the journal', async () => {
    const dir = tempDir();
    const file = writeWorkshop(dir, (w) => {
      w.evaluation.responses = responses(5_000);
    });
    const add = {
      revision: 4,
      patches: [
        { op: 'add', path: ['evaluation', 'responses', 5_000], value: responses(5_001)[5_000] },
      ],
    };
    const journal = `${JSON.stringify(add)}\n` + journalLine(5, 'Efter');
    fs.writeFileSync(`${file}.journal`, journal);
    const store = await DocumentStore.open(file, { clock });
    expect(store.revision).toBe(5);
    expect(store.workshop.title).toBe('Efter');
    expect(store.workshop.evaluation.responses).toHaveLength(5_000);
    const names = listing(dir);
    const journalKept = names.find((n) => n.startsWith(`${NAME}.journal.before-repair-`));
    expect(fs.readFileSync(path.join(dir, journalKept!), 'utf8')).toBe(journal);
    expect(store.warnings[0]).toContain('5001, but at most 5000');
    await store.close();
  });
});
