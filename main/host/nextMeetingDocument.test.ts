import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { addParticipant, fakeClock, hostHarness } from './testing/hostHarness';
import { emptyWorkshop } from '../../shared/model/workshop';
import { freeDocumentPath, nextMeetingDocument } from './nextMeetingDocument';
import { useTempDirs } from '../platform/testing/tempDirs';

const tempDir = useTempDirs();

describe('newMeetingInSeries', () => {
  it('saves the next meeting beside the current one, opens it, and leaves the old file as it was', async () => {
    const harness = hostHarness(tempDir(), fakeClock().now);
    const { host, events } = await harness.start();
    await host.handlers.dispatch({ type: 'workshop.update', title: 'Styregruppen' });
    await host.handlers.dispatch(addParticipant('p1', 'Anne'));
    await host.handlers.dispatch({
      type: 'action.add',
      action: { id: 'a1', what: 'Skriv tjeklisten', ownerIds: ['p1'] },
    });
    await host.handlers.saveDocumentAs({ path: 'Styregruppen' });
    const old = (await host.handlers.getState(undefined)).document.path;
    // The journal is folded into the file first, so "as it was" compares whole files.
    await host.handlers.saveDocumentAs({ path: old });
    const oldBytes = fs.readFileSync(old, 'utf8');
    events.length = 0;

    const next = await host.handlers.newMeetingInSeries(undefined);

    expect(next.document.path).toBe(
      path.join(harness.documentsDir, 'Styregruppen – møde 2.dialogrum'),
    );
    expect(next.revision).toBe(0);
    expect(next.canUndo).toBe(false);
    expect(next.workshop.series?.number).toBe(2);
    expect(next.workshop.actions.map((a) => a.history)).toEqual([
      [{ meeting: 1, date: '', status: 'open', note: '' }],
    ]);
    expect(events.some((e) => e.type === 'snapshot')).toBe(true);
    expect(fs.existsSync(next.document.path)).toBe(true);
    expect(fs.readFileSync(old, 'utf8')).toBe(oldBytes);

    // A second "next meeting" from the same old one does not overwrite the first.
    await host.handlers.openDocument({ path: old });
    const again = await host.handlers.newMeetingInSeries(undefined);
    expect(again.document.name).toBe('Styregruppen – møde 2 (2)');
    await host.close();
  });

  it('takes a name whose journal or backup is left over as taken', async () => {
    const dir = tempDir();
    fs.writeFileSync(path.join(dir, 'X – møde 2.dialogrum.journal'), '');
    expect(await freeDocumentPath(dir, 'X – møde 2')).toBe(
      path.join(dir, 'X – møde 2 (2).dialogrum'),
    );
  });

  it('refuses a meeting after 999, naming the limit, and writes no file', async () => {
    const dir = tempDir();
    const workshop = emptyWorkshop('w999');
    workshop.series = { id: 's', number: 999, meetings: [], followUpPointId: null };
    const refused = nextMeetingDocument({ path: path.join(dir, 'X.dialogrum'), workshop }, 'da');
    await expect(refused).rejects.toMatchObject({
      code: 'limit-reached',
      details: { field: 'series.number', limit: 999 },
    });
    expect(fs.readdirSync(dir)).toEqual([]);
  });
});
