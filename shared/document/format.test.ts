import { describe, expect, it } from 'vitest';
import { emptyWorkshop } from '../model/workshop';
import { meeting } from '../testing/commandCases';
import {
  DocumentError,
  FORMAT_NAME,
  FORMAT_VERSION,
  parseDocument,
  serializeDocument,
  type DocumentErrorCode,
} from './format';
import { migrations } from './migrations';

function refusal(text: string): DocumentError {
  try {
    parseDocument(text);
  } catch (error) {
    if (error instanceof DocumentError) return error;
    throw error;
  }
  throw new Error('parseDocument accepted it');
}

const savedAt = new Date(Date.UTC(2026, 10, 25, 9, 0));

describe('the .dialogrum format', () => {
  it('reads back exactly what it wrote', () => {
    const workshop = meeting();
    const doc = parseDocument(serializeDocument(workshop, 42, savedAt));
    expect(doc).toEqual({
      format: FORMAT_NAME,
      formatVersion: FORMAT_VERSION,
      revision: 42,
      savedAt: savedAt.toISOString(),
      workshop,
    });
  });

  it('reads a file that starts with a UTF-8 byte-order mark', () => {
    const text = serializeDocument(meeting(), 42, savedAt);
    expect(parseDocument(`\uFEFF${text}`)).toEqual(parseDocument(text));
  });

  it('refuses a file from a newer version, naming both versions', () => {
    const text = JSON.stringify({
      format: FORMAT_NAME,
      formatVersion: FORMAT_VERSION + 1,
      whatever: 'a future shape',
    });
    const error = refusal(text);
    expect(error.code).toBe('newer-version');
    expect(error.message).toContain(String(FORMAT_VERSION + 1));
    expect(error.message).toContain(String(FORMAT_VERSION));
  });

  const valid = serializeDocument(emptyWorkshop('w1'), 1, savedAt);
  const envelope = (changes: object) =>
    JSON.stringify({ ...(JSON.parse(valid) as object), ...changes });

  it.each<[string, string, DocumentErrorCode]>([
    ['garbage', '\u0000\u0001binary', 'corrupt'],
    ['an empty file', '', 'corrupt'],
    ['a truncated file', valid.slice(0, valid.length / 2), 'corrupt'],
    ['JSON that is not a workshop', '{"name":"package"}', 'not-dialogrum'],
    ['null', 'null', 'not-dialogrum'],
    ['no format version', envelope({ formatVersion: undefined }), 'invalid'],
    ['format version 0', envelope({ formatVersion: 0 }), 'invalid'],
    ['a fractional version', envelope({ formatVersion: 1.5 }), 'invalid'],
    ['a negative revision', envelope({ revision: -1 }), 'invalid'],
    ['a broken workshop', envelope({ workshop: { id: 'w1' } }), 'invalid'],
  ])('refuses %s with a DocumentError', (_label, text, code) => {
    expect(refusal(text).code).toBe(code);
  });
});

describe('migrations', () => {
  it('have a step from every older format version to the next', () => {
    for (let v = 1; v < FORMAT_VERSION; v++)
      expect(migrations[v], `from ${v}`).toBeTypeOf('function');
    expect(
      Object.keys(migrations)
        .map(Number)
        .every((v) => v >= 1 && v < FORMAT_VERSION),
    ).toBe(true);
  });

  /**
   * A workshop saved by format 1, as on a user's disk. It must open for as long as format 1 is
   * supported: if a model change breaks this, raise FORMAT_VERSION and add a migration; do not
   * edit the fixture.
   */
  it('opens a format 1 file and brings it to the current format', () => {
    const format1 = {
      format: 'dialogrum',
      formatVersion: 1,
      revision: 7,
      savedAt: '2026-11-25T09:00:00.000Z',
      workshop: {
        id: 'w-format-1',
        title: 'Sammenhængende udskrivelse',
        date: '2026-11-25',
        startTime: '09:00',
        place: 'Aalborg',
        facilitator: 'Anne Holm',
        secretary: 'Bo Madsen',
        participants: [
          {
            id: 'p1',
            name: 'Anne Holm',
            title: 'Afdelingssygeplejerske',
            organisation: 'AUH',
            sector: 'hospital',
            present: true,
          },
        ],
        agenda: [
          {
            id: 'pt1',
            title: 'Udskrivelse',
            purpose: 'decision',
            plannedMinutes: 40,
            presenter: 'Anne',
            roomPlan: ['clarifying', 'developing', 'negotiating', 'acting'],
            status: 'active',
            roomIndex: 1,
            timer: { startedAt: 1795600000000, accumulated: 60000, duration: 2400000 },
            visits: [
              { room: 'clarifying', enteredAt: 1795599000000, leftAt: 1795600000000 },
              { room: 'developing', enteredAt: 1795600000000, leftAt: null },
            ],
            problem: 'Genindlæggelser',
            citizenPerspective: '',
            questions: [{ id: 'q1', text: 'Hvem ringer?', askedBy: 'p1' }],
            turns: null,
            dotsPerPerson: 3,
            positions: [],
            conclusions: [],
          },
        ],
        activePointId: 'pt1',
        ideas: [
          {
            id: 'i1',
            pointId: 'pt1',
            text: 'Tjekliste',
            authorId: 'p1',
            clusterId: null,
            createdAt: 1795600100000,
          },
        ],
        clusters: [],
        dots: [],
        killerFlags: [],
        actions: [],
      },
    };
    const doc = parseDocument(JSON.stringify(format1));
    expect(doc.formatVersion).toBe(FORMAT_VERSION);
    expect(doc.revision).toBe(7);
    expect(doc.workshop.title).toBe('Sammenhængende udskrivelse');
    expect(doc.workshop.agenda[0]!.visits).toHaveLength(2);
  });
});
