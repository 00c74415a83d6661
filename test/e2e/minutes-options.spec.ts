import { copyFile, mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Locator, Page } from '@playwright/test';
import { readDocx } from '../../main/exporters/testing/docxText';
import { FIXTURE_FILE } from '../fixtures/exports/goldenCases';
import { AppServer } from './helpers/appServer';
import { expect, test } from './helpers/fixtures';
import { HostSocket } from './helpers/hostSocket';
import { printedMinutesText } from './helpers/printedMinutes';

// The secretariat decides what goes into the minutes on the export screen: the choice is saved
// in the workshop, and the Markdown, the Word file and the PDF all follow it. The meeting is the
// stored fixture (Styregruppen for sammenhængende patientforløb), with an evaluation scored.

const BY_PERSON = 'Pr. person: Erik Poulsen (1), Bo Madsen (1), Uden navn (1)';
const EVALUATION = 'Evaluering af samarbejdet';

async function download(page: Page, screen: Locator, id: string): Promise<Buffer> {
  const [file] = await Promise.all([
    page.waitForEvent('download'),
    screen.getByTestId(`export-${id}`).click(),
  ]);
  return readFile(await file.path());
}

test('minutes options on the export screen shape the Markdown, Word and PDF minutes, and stay saved', async ({
  page,
  pageErrors,
}) => {
  test.setTimeout(180_000);
  const dir = await mkdtemp(path.join(tmpdir(), 'dialogrum-minutes-options-'));
  const file = path.join(dir, 'styregruppe.dialogrum');
  await copyFile(FIXTURE_FILE, file);
  const app = await AppServer.start(['--open', file]);
  try {
    const host = await HostSocket.connect(app.url);
    for (const [responseId, scores] of [
      ['r1', { pt9: 4, pt16: 2 }],
      ['r2', { pt9: 5, pt16: 3 }],
    ] as const) {
      await host.dispatch({
        type: 'evaluation.score',
        responseId,
        formId: 'pataevaers',
        scores,
        fromPaper: true,
      });
    }
    host.close();

    await page.setViewportSize({ width: 1440, height: 900 });
    await page.goto(app.url);
    // The shortcut works once the console has the workshop.
    await expect(page.getByTestId('record-open-log')).toContainText('6');
    await page.keyboard.press('Control+Shift+E');
    const screen = page.getByTestId('export-screen');
    await expect(screen).toBeVisible();
    const options = screen.getByTestId('minutes-options');
    await expect(options).toContainText('Referatets indhold');

    // The defaults: idea killers counted without names, no authors, dots, all ideas, the evaluation.
    await expect(options.getByTestId('minutes-killers-counted')).toBeChecked();
    await expect(options.getByTestId('minutes-authors')).not.toBeChecked();
    await expect(options.getByTestId('minutes-dots')).toBeChecked();
    await expect(options.getByTestId('minutes-ideas-all')).toBeChecked();
    await expect(options.getByTestId('minutes-evaluation')).toBeChecked();
    const plain = (await download(page, screen, 'md')).toString('utf8');
    expect(plain).toContain('**Pr. rum:** Det udviklende rum (3)');
    expect(plain).not.toContain('Pr. person');
    expect(plain).not.toContain(' — fra ');
    expect(plain).toContain(`## ${EVALUATION}`);

    // The secretariat's choice. Each field shows what the host holds (click, then see it set).
    await options.getByLabel('Med navn på den, der sagde dem').click();
    await expect(options.getByTestId('minutes-killers-named')).toBeChecked();
    await options.getByLabel('Hvem idéen kom fra').click();
    await expect(options.getByTestId('minutes-authors')).toBeChecked();
    await options.getByLabel('Antal prikker').click();
    await expect(options.getByTestId('minutes-dots')).not.toBeChecked();
    await options.getByLabel('Kun grupperne med deres idéer').click();
    await expect(options.getByTestId('minutes-ideas-clustered')).toBeChecked();
    await options.getByLabel('Evalueringen af samarbejdet').click();
    await expect(options.getByTestId('minutes-evaluation')).not.toBeChecked();

    const md = (await download(page, screen, 'md')).toString('utf8');
    expect(md).toContain(`**${BY_PERSON.replace(':', ':**')}`);
    expect(md).toContain(
      [
        '### Idéer',
        '',
        '1. **Den gode udskrivelsessamtale**',
        '   - Fælles tjekliste til udskrivelsessamtalen — fra Anne Holm',
        '   - Egen læge får epikrisen samme dag — fra Carla Jensen',
        '',
      ].join('\n'),
    );
    expect(md.match(/### Idéer/g)).toHaveLength(1);
    expect(md).not.toMatch(/prik/);
    expect(md).not.toContain(EVALUATION);

    const docx = await readDocx(await download(page, screen, 'docx'));
    const texts = docx.paragraphs.map(([, t]) => t);
    expect(texts).toContain(BY_PERSON);
    expect(texts).toContain('◦Fælles tjekliste til udskrivelsessamtalen — fra Anne Holm');
    expect(texts).not.toContain(
      '•Videoopkald mellem afsnit, hjemmepleje og borger — fra Erik Poulsen',
    );
    expect(docx.all).not.toMatch(/prik/);
    expect(docx.all).not.toContain(EVALUATION);

    const pdf = await printedMinutesText(page, screen, (p) => pageErrors.watch(p));
    expect(pdf).toContain(BY_PERSON);
    expect(pdf).toContain('Fælles tjekliste til udskrivelsessamtalen — fra Anne Holm');
    expect(pdf).not.toContain('Videoopkald mellem afsnit, hjemmepleje og borger — fra');
    expect(pdf).not.toMatch(/\d prikk?e?r?\)/);
    expect(pdf).not.toContain(EVALUATION);

    // Saved in the workshop, not in the page: a reload shows the same choice.
    await page.reload();
    await expect(page.getByTestId('record-open-log')).toContainText('6');
    await page.keyboard.press('Control+Shift+E');
    await expect(screen).toBeVisible();
    await expect(options.getByTestId('minutes-killers-named')).toBeChecked();
    await expect(options.getByTestId('minutes-authors')).toBeChecked();
    await expect(options.getByTestId('minutes-dots')).not.toBeChecked();
    await expect(options.getByTestId('minutes-ideas-clustered')).toBeChecked();
    await expect(options.getByTestId('minutes-evaluation')).not.toBeChecked();

    // Leaving the idea killers out takes their whole section away.
    await options.getByLabel('Udelad').click();
    await expect(options.getByTestId('minutes-killers-omitted')).toBeChecked();
    const omitted = (await download(page, screen, 'md')).toString('utf8');
    expect(omitted).not.toContain('## Idédræbere');
    expect(omitted).not.toContain('Det har vi prøvet');
    await page.goto('about:blank');
  } finally {
    await app.dispose();
    await rm(dir, { recursive: true, force: true });
  }
});
