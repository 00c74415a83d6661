import { describe, expect, it } from 'vitest';
import { emptyHistory, record, undo } from '../history';
import { POINT_NOTES_MAX } from '../model/textLimits';
import { WorkshopSchema, type Workshop } from '../model/workshop';
import { parseCommand, reduce } from '../reducer';
import { run, runningWorkshop } from '../testing/fixture';

const NOTES = [
  'Bo Madsen introducerede forslaget om en fælles tjekliste ved udskrivelsen.',
  'Pointer fra mødet:',
  '• Borgerne er ligeglade med, hvem der løser opgaven, bare de får den hjælp, de har brug for',
  '• Kompetenceudvikling/sidemandsoplæring på tværs',
].join('\n');

const notesOf = (w: Workshop, id: string) => w.agenda.find((p) => p.id === id)?.notes;

describe('a point’s notes', () => {
  it('are written on a running point, a pending one and a finished one, trimmed, lines kept', () => {
    const w = run(runningWorkshop(), [
      { type: 'point.setNotes', id: 'pt1', notes: `  ${NOTES}\n\n` },
      { type: 'point.setNotes', id: 'pt2', notes: 'Intet under eventuelt.' },
      { type: 'point.finish' },
      { type: 'point.setNotes', id: 'pt1', notes: `${NOTES}\nMødet sluttede kl. 11.55.` },
    ]);
    expect(notesOf(w, 'pt1')).toBe(`${NOTES}\nMødet sluttede kl. 11.55.`);
    expect(notesOf(w, 'pt2')).toBe('Intet under eventuelt.');
    expect(w.agenda[0]!.status).toBe('done');
  });

  it('are refused for an unknown point, leaving the state as it was', () => {
    const w = runningWorkshop();
    const copy = structuredClone(w);
    expect(() =>
      reduce(w, parseCommand({ type: 'point.setNotes', id: 'pt9', notes: NOTES }), { now: 1 }),
    ).toThrow(expect.objectContaining({ code: 'not-found' }));
    expect(w).toEqual(copy);
  });

  it('are refused past their limit, and a text at the limit is taken', () => {
    const long =
      'Sundhedsstyregruppen '.repeat(POINT_NOTES_MAX).slice(0, POINT_NOTES_MAX - 1) + '.';
    expect(() => parseCommand({ type: 'point.setNotes', id: 'pt1', notes: `${long}x` })).toThrow(
      expect.objectContaining({ code: 'invalid-command' }),
    );
    const w = run(runningWorkshop(), [
      parseCommand({ type: 'point.setNotes', id: 'pt1', notes: long }),
    ]);
    expect(notesOf(w, 'pt1')).toHaveLength(POINT_NOTES_MAX);
  });

  it('are undone through the history, back to what was there before', () => {
    const start = run(runningWorkshop(), [
      { type: 'point.setNotes', id: 'pt1', notes: 'Første udkast.' },
    ]);
    const { state, patches, inversePatches } = reduce(
      start,
      parseCommand({ type: 'point.setNotes', id: 'pt1', notes: NOTES }),
      { now: 5_000 },
    );
    const history = record(emptyHistory, { label: 'point.setNotes', patches, inversePatches });
    expect(notesOf(state, 'pt1')).toBe(NOTES);
    const undone = undo(state, history);
    expect(notesOf(undone.state, 'pt1')).toBe('Første udkast.');
    expect(undone.state).toEqual(start);
  });

  it('are empty in a file written before points had notes', () => {
    const w = runningWorkshop();
    const stripped = { ...w, agenda: w.agenda.map(({ notes: _notes, ...rest }) => rest) };
    expect(stripped.agenda[0]).not.toHaveProperty('notes');
    const parsed = WorkshopSchema.parse(stripped);
    expect(parsed.agenda.map((p) => p.notes)).toEqual(['', '']);
  });
});
