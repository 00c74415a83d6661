import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import {
  danishDate,
  EXPECTED_ACTIONS_DA,
  EXPECTED_HEADERS_DA,
} from '../../test/fixtures/exports/expectedActions';
import { storedFixtureWorkshop } from '../../test/fixtures/exports/storedFixture';
import { csvField, exportCsv } from './exportCsv';
import { buildRecord } from './record';

const workshop = storedFixtureWorkshop();
const record = buildRecord(workshop, { language: 'da', today: '2026-11-25' });

/** What a spreadsheet user sees in the CSV: Danish dates, and the formula guard on "-20 %". */
const expectedCells = EXPECTED_ACTIONS_DA.map((row) =>
  row.map((cell, i) => {
    if (i === 3 || i === 7) return danishDate(cell);
    return cell.startsWith('-') ? `'${cell}` : cell;
  }),
);

describe('CSV export', () => {
  it('starts with a UTF-8 byte-order mark and ends every record with CRLF', () => {
    const bytes = Buffer.from(exportCsv(record), 'utf8');
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = bytes.toString('utf8');
    expect(text.endsWith('\r\n')).toBe(true);
    // The only bare LF is the one inside the quoted follow-up field.
    expect(text.replace(/\r\n/g, '').split('\n')).toHaveLength(2);
  });

  it('reads back cell by cell with a CSV parser (; by default)', () => {
    const rows = parse(exportCsv(record), { bom: true, delimiter: ';' }) as string[][];
    expect(rows[0]).toEqual(EXPECTED_HEADERS_DA);
    expect(rows.slice(1)).toEqual(expectedCells);
  });

  it('reads back cell by cell with , as separator', () => {
    const rows = parse(exportCsv(record, ','), { bom: true, delimiter: ',' }) as string[][];
    expect(rows.slice(1)).toEqual(expectedCells);
  });

  it('always has the due date, the organisation and the agenda point', () => {
    const rows = parse(exportCsv(record), { bom: true, delimiter: ';' }) as string[][];
    const header = rows[0] ?? [];
    const due = header.indexOf('Hvornår');
    expect(due).toBeGreaterThanOrEqual(0);
    expect(header).toContain('Organisation');
    expect(header).toContain('Dagsordenspunkt');
    expect(rows.slice(1).map((r) => r[due])).toEqual([
      '24-11-2026',
      '15-12-2026',
      '05-01-2027',
      '31-01-2027',
      'Næste møde',
      '',
    ]);
  });

  it('has English headers in English', () => {
    const en = buildRecord(workshop, { language: 'en', today: '2026-11-25' });
    const rows = parse(exportCsv(en, ','), { bom: true }) as string[][];
    expect(rows[0]?.slice(0, 4)).toEqual(['What', 'Who', 'Organisation', 'When']);
    expect(rows[1]?.[3]).toBe('2026-11-24');
    expect(rows[5]?.[3]).toBe('Next meeting');
  });
});

describe('csvField (RFC 4180)', () => {
  it('quotes a field holding the separator, a quote or a line break, doubling quotes', () => {
    expect(csvField('a;b', ';')).toBe('"a;b"');
    expect(csvField('a;b', ',')).toBe('a;b');
    expect(csvField('a,b', ',')).toBe('"a,b"');
    expect(csvField('say "hi"', ';')).toBe('"say ""hi"""');
    expect(csvField('two\nlines', ';')).toBe('"two\nlines"');
    expect(csvField('plain', ';')).toBe('plain');
  });

  it('keeps a spreadsheet from running typed text as a formula', () => {
    expect(csvField('=HYPERLINK("x")', ';')).toBe(`"'=HYPERLINK(""x"")"`);
    expect(csvField('+45 12 34', ';')).toBe("'+45 12 34");
    expect(csvField('@sum', ';')).toBe("'@sum");
  });
});
