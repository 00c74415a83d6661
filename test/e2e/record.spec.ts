import { readFile } from 'node:fs/promises';
import type { Download, Page } from '@playwright/test';
import { parse as parseCsv } from 'csv-parse/sync';
import ExcelJS from 'exceljs';
import ICAL from 'ical.js';
import JSZip from 'jszip';
import WebSocket from 'ws';
import type { Command } from '../../shared/commands';
import { parseDocument } from '../../shared/document/format';
import { expect, test } from './helpers/fixtures';

// Issue 6, end to end in browser mode: finish a meeting, work the action log (filter, edit a
// status), and take home every format from the console's export screen, each file read back.

const TITLE = 'Styregruppe for udskrivelse';

/** The host's WebSocket API, for building the meeting the test then finishes in the console. */
async function dispatchAll(appUrl: string, commands: Command[]): Promise<void> {
  const ws = new WebSocket(`${appUrl.replace(/^http/, 'ws')}ws`, {
    origin: appUrl.replace(/\/$/, ''),
  });
  await new Promise<void>((resolve, reject) => {
    ws.once('open', () => resolve());
    ws.once('error', reject);
  });
  let id = 0;
  for (const command of commands) {
    const mine = ++id;
    await new Promise<void>((resolve, reject) => {
      const onMessage = (data: Buffer) => {
        const m = JSON.parse(data.toString()) as { id?: number; response?: { ok: boolean } };
        if (m.id !== mine) return;
        ws.off('message', onMessage);
        if (m.response?.ok) resolve();
        else reject(new Error(`${command.type} refused: ${JSON.stringify(m.response)}`));
      };
      ws.on('message', onMessage);
      ws.send(JSON.stringify({ id: mine, name: 'dispatch', payload: command }));
    });
  }
  ws.close();
}

const MEETING: Command[] = [
  {
    type: 'workshop.update',
    title: TITLE,
    date: '2026-11-19',
    place: 'Aalborg',
    startTime: '09:00',
  },
  {
    type: 'participant.add',
    participant: {
      id: 'p1',
      name: 'Anne Holm',
      title: 'Afdelingssygeplejerske',
      organisation: 'Aalborg Universitetshospital',
      sector: 'hospital',
      present: true,
    },
  },
  {
    type: 'participant.add',
    participant: {
      id: 'p2',
      name: 'Bo Madsen',
      title: 'Sundhedschef',
      organisation: 'Aalborg Kommune',
      sector: 'municipality',
      present: true,
    },
  },
  {
    type: 'participant.add',
    participant: {
      id: 'p3',
      name: 'Carla Jensen',
      title: 'Praktiserende læge',
      organisation: 'Lægehuset Vestergade',
      sector: 'general-practice',
      present: false,
    },
  },
  {
    type: 'agenda.add',
    point: {
      id: 'pt1',
      title: 'Den gode udskrivelse',
      purpose: 'decision',
      plannedMinutes: 40,
      presenter: 'Anne Holm',
    },
  },
  { type: 'point.start', id: 'pt1' },
  {
    type: 'action.add',
    action: {
      id: 'a1',
      what: 'Fælles tjekliste til udskrivelsen',
      ownerIds: ['p1'],
      due: { kind: 'date', date: '2027-01-15' },
    },
  },
  {
    type: 'action.add',
    action: {
      id: 'a2',
      what: 'Afprøv video ved udskrivelse',
      ownerIds: ['p2'],
      due: { kind: 'date', date: '2027-02-01' },
      trial: true,
      evaluationDate: '2027-03-01',
    },
  },
  { type: 'action.add', action: { id: 'a3', what: 'Spørg lægerne om tid' } },
];

async function saved(download: Download): Promise<Buffer> {
  const file = await download.path();
  return readFile(file);
}

async function exportOne(page: Page, id: string): Promise<{ name: string; bytes: Buffer }> {
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByTestId(`export-${id}`).click(),
  ]);
  return { name: download.suggestedFilename(), bytes: await saved(download) };
}

test('finish a meeting, work the action log and export every format', async ({
  app,
  page,
  pageErrors,
}) => {
  test.setTimeout(180_000);
  await dispatchAll(app.url, MEETING);
  await page.setViewportSize({ width: 1440, height: 900 });
  await page.goto(app.url);
  await expect(page.getByTestId('record-open-log')).toContainText('3');

  // End of the meeting, from the keyboard: the export screen says a point is still running.
  await page.keyboard.press('Control+Shift+E');
  const screen = page.getByTestId('export-screen');
  await expect(screen).toBeVisible();
  await expect(screen.getByTestId('export-running-point')).toContainText('Den gode udskrivelse');
  await screen.getByTestId('export-finish-point').click();
  await expect(screen.getByTestId('export-running-point')).toHaveCount(0);
  // a3 has no owner and no date: the screen says there are gaps, in words.
  await expect(screen.getByTestId('export-actions-summary')).toContainText('2 mangler');

  // The action log: filter, then edit a status in place.
  await screen.getByTestId('export-open-log').click();
  const log = page.getByTestId('action-log');
  await expect(log).toBeVisible();
  await expect(log.getByTestId('action-log-row')).toHaveCount(3);
  const a3 = log.locator('[data-action-id="a3"]');
  await expect(a3.getByTestId('action-log-warnings')).toContainText('Ingen ansvarlig');
  await expect(a3.getByTestId('action-log-warnings')).toContainText('Ingen dato');
  // "Next meeting" is a when: the date field goes and so does the warning; unticked, both return.
  // (click, not check: the box is controlled and changes once the host has the change)
  await a3.getByTestId('action-log-next-meeting').click();
  await expect(a3.getByTestId('action-log-next-meeting')).toBeChecked();
  await expect(a3.getByTestId('action-log-due')).toHaveCount(0);
  await expect(a3.getByTestId('action-log-warnings')).not.toContainText('Ingen dato');
  await a3.getByTestId('action-log-next-meeting').click();
  await expect(a3.getByTestId('action-log-next-meeting')).not.toBeChecked();
  await expect(a3.getByTestId('action-log-due')).toHaveValue('');
  await expect(a3.getByTestId('action-log-warnings')).toContainText('Ingen dato');

  await log.getByTestId('action-log-filter-who').selectOption({ label: 'Bo Madsen' });
  await expect(log.getByTestId('action-log-row')).toHaveCount(1);
  await expect(log.getByTestId('action-log-row')).toHaveAttribute('data-action-id', 'a2');
  await log.getByTestId('action-log-filter-clear').click();
  await log.getByTestId('action-log-filter-trial').selectOption('trial');
  await expect(log.getByTestId('action-log-row')).toHaveCount(1);
  await log.getByTestId('action-log-filter-clear').click();
  await log.getByTestId('action-log-filter-warnings').check();
  await expect(log.getByTestId('action-log-row')).toHaveCount(1);
  await log.getByTestId('action-log-filter-clear').click();

  const a1 = log.locator('[data-action-id="a1"]');
  await a1.getByTestId('action-log-status').selectOption('in-progress');
  await expect(a1).toHaveAttribute('data-status', 'in-progress');
  await log.getByTestId('action-log-filter-status-in-progress').check();
  await expect(log.getByTestId('action-log-row')).toHaveCount(1);
  await page.keyboard.press('Escape');
  await expect(log).toHaveCount(0);

  // Every format from the export screen, each file read back.
  await page.keyboard.press('Control+Shift+E');
  await expect(screen).toBeVisible();
  const s = { what: 'Hvad', due: 'Hvornår', status: 'Status', point: 'Dagsordenspunkt' };

  const csv = await exportOne(page, 'csv');
  expect(csv.name).toBe(`Handlinger - ${TITLE} - 2026-11-19.csv`);
  expect(csv.bytes.subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
  const rows = parseCsv(csv.bytes, { bom: true, delimiter: ';', columns: true }) as Record<
    string,
    string
  >[];
  const tjek = rows.find((r) => r[s.what] === 'Fælles tjekliste til udskrivelsen');
  expect(tjek?.[s.due]).toBe('15-01-2027');
  expect(tjek?.[s.status]).toBe('I gang');
  expect(tjek?.[s.point]).toBe('1. Den gode udskrivelse');
  expect(rows).toHaveLength(3);

  await screen.getByTestId('export-separator-comma').check();
  const csvComma = await exportOne(page, 'csv');
  const commaRows = parseCsv(csvComma.bytes, { bom: true, delimiter: ',', columns: true });
  expect(commaRows).toHaveLength(3);

  const xlsx = await exportOne(page, 'xlsx');
  expect(xlsx.name).toMatch(/\.xlsx$/);
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(xlsx.bytes as unknown as ArrayBuffer);
  const sheet = book.worksheets[0]!;
  const header = (sheet.getRow(1).values as unknown[]).map(String);
  expect(header).toContain(s.due);
  const dueCol = header.indexOf(s.due);
  const dates = [2, 3, 4].map((r) => sheet.getRow(r).getCell(dueCol).value);
  expect(dates.some((d) => d instanceof Date && d.toISOString().startsWith('2027-01-15'))).toBe(
    true,
  );
  // A sheet per organisation as well.
  expect(book.worksheets.map((w) => w.name)).toEqual(
    expect.arrayContaining([expect.stringContaining('Aalborg Kommune')]),
  );

  const ics = await exportOne(page, 'ics');
  const calendar = new ICAL.Component(ICAL.parse(ics.bytes.toString('utf8')));
  const summaries = [
    ...calendar.getAllSubcomponents('vevent'),
    ...calendar.getAllSubcomponents('vtodo'),
  ].map((c) => String(c.getFirstPropertyValue('summary')));
  expect(summaries.join('\n')).toContain('Fælles tjekliste til udskrivelsen');
  expect(summaries.join('\n')).toContain('Afprøv video ved udskrivelse');

  for (const id of ['docx', 'docx-org']) {
    const docx = await exportOne(page, id);
    expect(docx.name).toMatch(/\.docx$/);
    const zip = await JSZip.loadAsync(docx.bytes);
    const xml = await zip.file('word/document.xml')!.async('string');
    if (id === 'docx') expect(xml).toContain(TITLE);
    expect(xml).toContain('Fælles tjekliste til udskrivelsen');
  }

  const md = await exportOne(page, 'md');
  expect(md.bytes.toString('utf8')).toContain(`# Referat: ${TITLE}`);
  expect(md.bytes.toString('utf8')).toContain('Ad 1. Den gode udskrivelse');

  const json = await exportOne(page, 'json');
  expect(json.name).toBe(`${TITLE}.dialogrum`);
  const doc = parseDocument(json.bytes.toString('utf8'));
  expect(doc.workshop.title).toBe(TITLE);
  expect(doc.workshop.actions.find((a) => a.id === 'a1')?.status).toBe('in-progress');

  // English this time.
  await screen.getByTestId('export-language-en').check();
  const mdEn = await exportOne(page, 'md');
  expect(mdEn.bytes.toString('utf8')).toContain(`# Minutes: ${TITLE}`);

  // PDF: the print view opens in a tab; Chromium prints it to PDF as "Save as PDF" would.
  await screen.getByTestId('export-language-da').check();
  for (const id of ['pdf', 'pdf-org']) {
    const [print] = await Promise.all([
      page.waitForEvent('popup'),
      screen.getByTestId(`export-${id}`).click(),
    ]);
    pageErrors.watch(print);
    // The first export starts the export worker: give a loaded machine time for it.
    await expect(print.locator('body')).toHaveAttribute('data-print-ready', 'true', {
      timeout: 20_000,
    });
    if (id === 'pdf') {
      await expect(print.getByRole('heading', { level: 1 })).toHaveText(`Referat: ${TITLE}`);
      await expect(print.getByTestId('print-point')).toContainText('Ad 1. Den gode udskrivelse');
      await expect(print.getByText('AFBUD')).toBeVisible();
      await expect(print).toHaveTitle(`Referat - ${TITLE} - 2026-11-19`);
    } else {
      await expect(print.getByTestId('print-organisation')).toHaveCount(3);
    }
    await print.emulateMedia({ media: 'print' });
    const pdf = await print.pdf({ format: 'A4', printBackground: true });
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    await print.close();
  }

  await page.goto('about:blank');
});
