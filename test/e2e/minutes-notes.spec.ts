import { readFile } from 'node:fs/promises';
import type { Page } from '@playwright/test';
import JSZip from 'jszip';
import type { Command } from '../../shared/commands';
import {
  NOTES_MEETING_AGENDA,
  NOTES_MEETING_TITLE as TITLE,
  PROPOSAL_PROBLEM as PROBLEM,
  PROPOSAL_TITLE as PROPOSAL,
} from '../../shared/testing/notesMeeting';
import { expect, test } from './helpers/fixtures';
import { HostSocket } from './helpers/hostSocket';
import { printedMinutesText } from './helpers/printedMinutes';

// The secretary's own words on a point (who welcomed, who introduced, the points made), typed in
// the console before a point and while it runs, reach the minutes in Markdown, Word and PDF,
// each under its own "Ad N" heading and before the rooms' work, with the bullets kept; and the
// minutes options set on the export screen (idea authors on, idea killers named) are honoured in
// all three.

const IDEA = 'Et fælles sekretariat for Sekretariatet/koordinationsgruppen med tydeligt mandat';
const AUTHOR = 'Anette Schouv Kjeldsen';
const NAMED_KILLER = 'Pr. person: Mickael Grøne Bech (1)';

const MEETING: Command[] = [
  {
    type: 'workshop.update',
    title: TITLE,
    date: '2026-11-19',
    startTime: '09:00',
    place: 'Aarhus Rådhus, mødelokale 1',
  },
  ...[
    ['p1', 'Mickael Grøne Bech', 'Direktør', 'Sundhed og Omsorg, Aarhus Kommune'],
    ['p2', 'Anette Schouv Kjeldsen', 'Centerchef', 'Aarhus Universitetshospital'],
  ].map(([id, name, title, organisation]): Command => ({
    type: 'participant.add',
    participant: {
      id: id!,
      name: name!,
      title: title!,
      organisation: organisation!,
      sector: 'other',
      present: true,
    },
  })),
  // The unit tests' notes meeting (shared/testing/notesMeeting.ts), but its notes and problem
  // are typed in the console below.
  ...NOTES_MEETING_AGENDA,
];

/** Type lines as a secretary does: Enter between them (a bullet line's Enter starts the next bullet). */
async function typeLines(page: Page, lines: string[]): Promise<void> {
  for (const [i, line] of lines.entries()) {
    if (i > 0) await page.keyboard.press('Enter');
    await page.keyboard.type(line);
  }
}

async function download(page: Page, id: string): Promise<Buffer> {
  const [file] = await Promise.all([
    page.waitForEvent('download'),
    page.getByTestId(`export-${id}`).click(),
  ]);
  return readFile(await file.path());
}

/** From one "Ad N" to the next (or to what follows the last point), in a text read back. */
function between(text: string, from: string, to: string): string {
  const start = text.indexOf(from);
  const end = text.indexOf(to, start + from.length);
  expect(start, from).toBeGreaterThanOrEqual(0);
  expect(end, to).toBeGreaterThan(start);
  return text.slice(start, end);
}

/** The Word document's paragraphs outside tables, one a line; a bullet as "•" and a tab. */
async function docxText(bytes: Buffer): Promise<string> {
  const zip = await JSZip.loadAsync(bytes);
  const xml = (await zip.file('word/document.xml')?.async('string')) ?? '';
  const body = xml.replace(/<w:tbl>[\s\S]*?<\/w:tbl>/g, '');
  return [...body.matchAll(/<w:p>([\s\S]*?)<\/w:p>/g)]
    .map((p) =>
      [...(p[1] ?? '').matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>|<w:(br|tab)\/>/g)]
        .map((m) => (m[2] === 'br' ? '\n' : m[2] === 'tab' ? '\t' : (m[1] ?? '')))
        .join('')
        .replace(/&amp;/g, '&'),
    )
    .join('\n');
}

test('notes on two points and the minutes options reach the Markdown, Word and PDF minutes', async ({
  app,
  page,
  pageErrors,
}) => {
  test.setTimeout(150_000);
  const host = await HostSocket.connect(app.url);
  for (const command of MEETING) await host.dispatch(command);
  host.close();
  await page.setViewportSize({ width: 1440, height: 900 });
  await page.goto(app.url);

  // Before the meeting: the welcome's notes, from its agenda row.
  const welcomeRow = page.locator('[data-testid="agenda-row"][data-point-id="pt1"]');
  await welcomeRow.getByTestId('agenda-notes').click();
  await expect(welcomeRow.getByTestId('notes-area')).toBeFocused();
  await typeLines(page, [
    'Mickael Grøne Bech bød velkommen, og dagsordenen blev godkendt.',
    'Pointer fra velkomsten:',
    '- Referatet fra sidste møde blev godkendt uden bemærkninger',
    'Ny centerchef fra Aarhus Universitetshospital blev præsenteret',
    '', // Enter on an empty bullet ends the list
    'Mødet blev holdt i forlængelse af Sundhedsstyregruppens møde.',
  ]);
  await expect(welcomeRow.getByTestId('notes-status')).toHaveAttribute('data-saved', 'false');
  await page.getByRole('heading', { name: 'Dagsorden' }).click();
  await expect(welcomeRow.getByTestId('notes-status')).toHaveAttribute('data-saved', 'true');
  await expect(welcomeRow.getByTestId('agenda-notes')).toContainText('✓');

  // The welcome runs and ends; the proposal starts, and Alt+R goes to its notes.
  await welcomeRow.getByTestId('point-start').click();
  await page.getByTestId('point-finish-next').click();
  const panel = page.getByTestId('notes-panel');
  await expect(panel).toContainText(PROPOSAL);
  await page.getByTestId('rw-problem').fill(PROBLEM);
  await page.getByTestId('rw-problem').press('Control+Enter');
  await page.keyboard.press('Alt+R');
  const notes = panel.getByTestId('notes-area');
  await expect(notes).toBeFocused();
  await typeLines(page, [
    'Anette Schouv Kjeldsen introducerede forslaget.',
    'Pointer fra mødet:',
    '• Der er behov for tydelighed omkring roller og opgaver',
    'Fællessekretariatet skal sikres et tydeligt mandat og ressourcer',
  ]);
  // The group moves on while the notes are half written: nothing typed is lost.
  await page.getByRole('button', { name: /Næste rum/ }).click();
  await expect(page.getByTestId('rw-workspace')).toHaveAttribute('data-room', 'developing');
  // An idea and an idea killer in the developing room, for the minutes options below.
  const room = await HostSocket.connect(app.url);
  await room.dispatch({ type: 'idea.add', id: 'i1', pointId: 'pt2', text: IDEA, authorId: 'p2' });
  await room.dispatch({ type: 'killer.flag', id: 'k1', killerId: 2, participantId: 'p1' });
  room.close();
  await expect(panel.getByTestId('notes-status')).toHaveAttribute('data-saved', 'true');
  await page.keyboard.press('Alt+R');
  await expect(notes).toBeFocused();
  await page.keyboard.press('Enter');
  await page.keyboard.type('Kompetenceudvikling og sidemandsoplæring på tværs');
  // A reload before the field is left: the text comes back and is saved.
  await page.reload();
  await expect(panel.getByTestId('notes-area')).toHaveValue(
    /• Kompetenceudvikling og sidemandsoplæring på tværs$/,
  );
  await expect(panel.getByTestId('notes-status')).toHaveAttribute('data-saved', 'true');

  await page.keyboard.press('Control+Shift+E');
  const screen = page.getByTestId('export-screen');
  await screen.getByTestId('export-finish-point').click();
  await expect(screen.getByTestId('export-running-point')).toHaveCount(0);
  // The secretariat's choices: who each idea came from, and who said the idea killer.
  // Each click is a command; the box shows what the host holds once it has answered.
  await screen.getByTestId('minutes-authors').click();
  await expect(screen.getByTestId('minutes-authors')).toBeChecked();
  await screen.getByTestId('minutes-killers-named').click();
  await expect(screen.getByTestId('minutes-killers-named')).toBeChecked();

  const md = (await download(page, 'md')).toString('utf8');
  expect(between(md, '## Ad 1.', '## Ad 2.')).toContain(
    [
      'Mickael Grøne Bech bød velkommen, og dagsordenen blev godkendt.  ',
      'Pointer fra velkomsten:',
      '',
      '- Referatet fra sidste møde blev godkendt uden bemærkninger',
      '- Ny centerchef fra Aarhus Universitetshospital blev præsenteret',
      '',
      'Mødet blev holdt i forlængelse af Sundhedsstyregruppens møde.',
    ].join('\n'),
  );
  expect(between(md, '## Ad 1.', '## Ad 2.')).not.toContain('###');
  expect(md).toContain(`${IDEA} (0 prikker) — fra ${AUTHOR}`);
  expect(md).toContain(`**${NAMED_KILLER.replace(': ', ':** ')}`);
  const ad2 = between(md, '## Ad 2.', '## Ad 3.');
  expect(ad2).toContain(
    [
      'Anette Schouv Kjeldsen introducerede forslaget.  ',
      'Pointer fra mødet:',
      '',
      '- Der er behov for tydelighed omkring roller og opgaver',
      '- Fællessekretariatet skal sikres et tydeligt mandat og ressourcer',
      '- Kompetenceudvikling og sidemandsoplæring på tværs',
      '',
      '### Problemformulering',
    ].join('\n'),
  );

  const docx = await docxText(await download(page, 'docx'));
  expect(between(docx, 'Ad 1. Velkomst', `Ad 2. ${PROPOSAL}`)).toContain(
    [
      'Mickael Grøne Bech bød velkommen, og dagsordenen blev godkendt.\nPointer fra velkomsten:',
      '•\tReferatet fra sidste møde blev godkendt uden bemærkninger',
      '•\tNy centerchef fra Aarhus Universitetshospital blev præsenteret',
      'Mødet blev holdt i forlængelse af Sundhedsstyregruppens møde.',
    ].join('\n'),
  );
  expect(docx).toContain(`— fra ${AUTHOR}`);
  expect(docx).toContain(NAMED_KILLER);
  expect(between(docx, `Ad 2. ${PROPOSAL}`, 'Ad 3. Eventuelt')).toContain(
    [
      'Anette Schouv Kjeldsen introducerede forslaget.\nPointer fra mødet:',
      '•\tDer er behov for tydelighed omkring roller og opgaver',
      '•\tFællessekretariatet skal sikres et tydeligt mandat og ressourcer',
      '•\tKompetenceudvikling og sidemandsoplæring på tværs',
      'Problemformulering',
      PROBLEM,
    ].join('\n'),
  );

  // The PDF: the print view in a tab, printed as "Save as PDF" would, read back by pdftotext.
  const pdf = await printedMinutesText(page, screen, (p) => pageErrors.watch(p));
  const pdf1 = between(pdf, 'Ad 1. Velkomst', 'Ad 2. Forslag');
  expect(pdf1).toContain(
    'Mickael Grøne Bech bød velkommen, og dagsordenen blev godkendt. Pointer fra velkomsten:',
  );
  expect(pdf1).toContain(
    '• Referatet fra sidste møde blev godkendt uden bemærkninger • Ny centerchef fra Aarhus Universitetshospital blev præsenteret Mødet blev holdt',
  );
  expect(pdf).toContain(`— fra ${AUTHOR}`);
  expect(pdf).toContain(NAMED_KILLER);
  const pdf2 = between(pdf, 'Ad 2. Forslag', 'Ad 3. Eventuelt');
  expect(pdf2).toContain(
    'Pointer fra mødet: • Der er behov for tydelighed omkring roller og opgaver • Fællessekretariatet skal sikres et tydeligt mandat og ressourcer • Kompetenceudvikling og sidemandsoplæring på tværs Problemformulering',
  );
  await page.goto('about:blank');
});
