import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { serializeDocument } from '../../shared/document/format';
import { ACTION_COLUMNS, type ActionColumn } from '../../shared/exporters/exportCsv';
import { displayText } from '../../shared/exporters/exportMarkdown';
import { isoDateAt } from '../../shared/i18n/recordDates';
import { buildRecord, type ActionRow, type WorkshopRecord } from '../../shared/exporters/record';
import { corpusActionList } from '../../test/fixtures/corpusActionList';
import { listing, useTempDirs } from '../platform/testing/tempDirs';
import { organisationFiles } from '../exporters/exportFileNames';
import { GENERATED_AT as AT, REPO_ROOT, runCli } from './cliTestSupport';

/**
 * The PDF as a reader gets it: the CLI prints the print view with a headless Chromium, and
 * pdftotext reads back what is on the paper. A column cut off at the page's edge, a text clipped in
 * its cell or a last page holding only the "made by" line shows here.
 */

const tempDir = useTempDirs();

const PDFTOTEXT = '/usr/bin/pdftotext';
const built = fs.existsSync(
  path.resolve(REPO_ROOT, process.env.DIALOGRUM_DIST_DIR ?? 'dist', 'renderer/print.html'),
);
const missing = [
  fs.existsSync('/usr/bin/chromium') ? '' : '/usr/bin/chromium',
  fs.existsSync(PDFTOTEXT) ? '' : 'pdftotext (poppler-utils)',
  built ? '' : 'a build (npm run build)',
].filter((m) => m !== '');
const WHY = missing.length > 0 ? ` (skipped: needs ${missing.join(', ')})` : '';

/**
 * Text compared without its line breaks: no whitespace, no hyphens (a word broken at a soft hyphen
 * prints a hyphen, U+2010 in pdftotext's reading, and a line end; one broken after its own hyphen
 * or slash, a line end), no soft hyphens or zero-width spaces. What is left must still be every
 * character in order.
 */
function flat(text: string): string {
  return text.replace(/[\s\u00AD\u200B\u2010\u2011-]/gu, '');
}

/** The PDF's pages as text, in the order its content is drawn (a cell's lines stay together). */
function pdfPages(file: string): string[] {
  const text = execFileSync(PDFTOTEXT, ['-raw', '-enc', 'UTF-8', file, '-'], { encoding: 'utf8' });
  return text.split('\f').slice(0, -1);
}

/** A row as it reads across the paper: every column's text, left to right. */
function rowText(row: ActionRow, columns: readonly ActionColumn[], record: WorkshopRecord) {
  return columns.map((c) => displayText(row, c, record.strings)).join(' ');
}

/** The numbers of the pages that hold nothing but the "made by" line (or nothing at all). */
function footerOnlyPages(pages: readonly string[], record: WorkshopRecord): number[] {
  // "Dannet af Dialogrum <the day it was printed>."
  const [before = '', after = ''] = flat(record.strings.minutes.generated('@')).split('@');
  const footerOnly = new RegExp(`^(${escape(before)}.{1,40}${escape(after)})?$`, 'u');
  return pages.flatMap((page, i) => (footerOnly.test(flat(page)) ? [i + 1] : []));
}

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

describe.skipIf(missing.length > 0)(`the PDF minutes of a wide action list${WHY}`, () => {
  const workshop = corpusActionList(40);
  // The print view measures "overdue" against the day it is printed: so does the expectation.
  const now = new Date();
  const record = buildRecord(workshop, {
    language: 'da',
    today: isoDateAt(now.getTime(), now.getTimezoneOffset()),
  });
  const s = record.strings;

  function workshopFile(): string {
    const file = path.join(tempDir(), 'Direktørforum.dialogrum');
    fs.writeFileSync(file, serializeDocument(workshop, 0, new Date('2026-11-25T12:00:00Z')));
    return file;
  }

  it('prints every column of "Samlet handlingsliste" and every action in full, no page with only the footer', async () => {
    const dir = tempDir();
    const run = await runCli(
      ['export', workshopFile(), '--format', 'pdf', '--out', `${dir}/`, AT],
      REPO_ROOT,
      { TZ: Intl.DateTimeFormat().resolvedOptions().timeZone },
    );
    expect(run).toMatchObject({ code: 0, stderr: '' });
    const pages = pdfPages(run.stdout.trim());
    const all = pages.join('\n');
    const list = flat(all.slice(all.lastIndexOf(s.minutes.allActions)));
    expect(list.startsWith(flat(s.minutes.allActions))).toBe(true);
    // The header row names all eleven columns, in order.
    expect(list).toContain(flat(ACTION_COLUMNS.map((c) => s.columns[c]).join('')));
    expect(record.actions).toHaveLength(40);
    for (const row of record.actions) {
      expect(list, row.what).toContain(flat(rowText(row, ACTION_COLUMNS, record)));
    }
    expect(footerOnlyPages(pages, record)).toEqual([]);
  }, 120_000);

  it('--per-organisation into a folder writes a PDF per organisation with its actions in full', async () => {
    const dir = path.join(tempDir(), 'pr org');
    const run = await runCli(
      ['export', workshopFile(), '--format', 'pdf', '--per-organisation', '--out', `${dir}/`, AT],
      REPO_ROOT,
      { TZ: Intl.DateTimeFormat().resolvedOptions().timeZone },
    );
    expect(run).toMatchObject({ code: 0, stderr: '' });
    const files = organisationFiles(record);
    expect(files.map((f) => f.group.organisation).sort()).toEqual(
      [
        'Center for Diabetes, Hjerter- og Lungesygdomme, Københavns Kommune',
        'Kardiologisk Afdeling – Bispebjerg-Frederiksberg Hospital',
        'Sekretariatet/koordinationsgruppen',
        'Styregrupperne på kommune-/hospitals-/klyngeniveau',
        'Sundhed og Omsorg, Aarhus Kommune',
      ].sort(),
    );
    expect(listing(dir)).toEqual(files.map((f) => `${f.stem}.pdf`).sort());
    const columns = ACTION_COLUMNS.filter((c) => c !== 'organisation');
    for (const { group, stem } of files) {
      const pages = pdfPages(path.join(dir, `${stem}.pdf`));
      const text = flat(pages.join('\n'));
      // Its own heading, and no other organisation's page.
      expect(text.startsWith(flat(s.minutes.actionsFor(group.organisation)))).toBe(true);
      expect(text.split(flat(s.minutes.actionsFor(''))).length, stem).toBe(2);
      expect(text).toContain(flat(columns.map((c) => s.columns[c]).join('')));
      for (const row of group.actions) {
        expect(text, `${group.organisation}: ${row.what}`).toContain(
          flat(rowText(row, columns, record)),
        );
      }
      expect(footerOnlyPages(pages, record), stem).toEqual([]);
    }
  }, 180_000);
});
