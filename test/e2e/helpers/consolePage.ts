import { expect, type Locator, type Page } from '@playwright/test';
import { copyFile, mkdir } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const repoRoot = fileURLToPath(new URL('../../../', import.meta.url));
export const SCREENS_DIR = path.join(repoRoot, 'test-results', 'screens');

/** Types into a field that commits on Enter (or blur) and commits it. */
export async function commitField(field: Locator, value: string): Promise<void> {
  await field.fill(value);
  await field.press('Enter');
}

export interface NewParticipant {
  name: string;
  title: string;
  organisation: string;
}

export async function addParticipant(page: Page, p: NewParticipant): Promise<void> {
  const rows = page.getByTestId('participant-row');
  const before = await rows.count();
  await page.getByTestId('participant-name').fill(p.name);
  await page.getByTestId('participant-title').fill(p.title);
  await page.getByTestId('participant-organisation').fill(p.organisation);
  await page.getByTestId('participant-add').click();
  await expect(rows).toHaveCount(before + 1);
  // The form clears only once the host has accepted it.
  await expect(page.getByTestId('participant-name')).toHaveValue('');
}

export interface NewPoint {
  title: string;
  purpose: 'orientation' | 'development' | 'decision';
  minutes: number;
  presenter: string;
}

/** Adds a point at the end of the agenda and returns its id. */
export async function addPoint(page: Page, p: NewPoint): Promise<string> {
  const rows = page.getByTestId('agenda-row');
  const before = await rows.count();
  await page.getByTestId('point-title').fill(p.title);
  await page.getByTestId('point-purpose').selectOption(p.purpose);
  await page.getByTestId('point-minutes').fill(String(p.minutes));
  await page.getByTestId('point-presenter').fill(p.presenter);
  await page.getByTestId('point-add').click();
  await expect(rows).toHaveCount(before + 1);
  await expect(page.getByTestId('point-title')).toHaveValue('');
  const id = await rows.last().getAttribute('data-point-id');
  if (!id) throw new Error('The new agenda row has no data-point-id');
  return id;
}

/** The agenda's point ids, top to bottom. */
export function agendaIds(page: Page): Promise<string[]> {
  return page
    .getByTestId('agenda-row')
    .evaluateAll((rows) => rows.map((row) => row.getAttribute('data-point-id') ?? ''));
}

export function agendaRow(page: Page, id: string): Locator {
  return page.locator(`[data-testid="agenda-row"][data-point-id="${id}"]`);
}

/**
 * A real mouse drag, as a user does it: press on the source, move in steps (the HTML5 backend
 * of react-dnd needs dragenter/dragover on the way), release over `yFraction` of the target's
 * height (0.1 = near its top edge).
 */
export async function dragOnto(
  page: Page,
  source: Locator,
  target: Locator,
  yFraction: number,
): Promise<void> {
  // Both ends must be on screen: a drag cannot start or end outside the window.
  await source.evaluate((el) => el.scrollIntoView({ block: 'center' }));
  const from = await source.boundingBox();
  const to = await target.boundingBox();
  const height = page.viewportSize()?.height ?? 0;
  const onScreen = (box: { y: number; height: number } | null) =>
    box !== null && box.y >= 0 && box.y + box.height <= height;
  if (!from || !to || !onScreen(from) || !onScreen(to)) {
    throw new Error('Drag source and target do not fit on the screen together');
  }
  await page.mouse.move(from.x + from.width / 2, from.y + from.height / 2);
  await page.mouse.down();
  const x = to.x + Math.min(60, to.width / 2);
  const y = to.y + to.height * yFraction;
  await page.mouse.move(x, y + 20, { steps: 10 });
  await page.mouse.move(x, y, { steps: 5 });
  await page.mouse.up();
}

/** Seconds left on a timer text (mm:ss), negative for an overrun (+mm:ss). */
export async function timerSeconds(timer: Locator): Promise<number> {
  const text = (await timer.textContent())?.trim() ?? '';
  const match = /^(\+?)(\d+):(\d{2})$/.exec(text);
  if (!match) throw new Error(`Not a timer: "${text}"`);
  const seconds = Number(match[2]) * 60 + Number(match[3]);
  return match[1] ? -seconds : seconds;
}

/** A full-page screenshot under test-results/screens, and a copy in extraDir when set. */
export async function screenshot(page: Page, name: string): Promise<string> {
  await mkdir(SCREENS_DIR, { recursive: true });
  const file = path.join(SCREENS_DIR, `${name}.png`);
  await page.screenshot({ path: file, fullPage: true });
  const extra = process.env.DIALOGRUM_SHOTS_DIR;
  if (extra) {
    await mkdir(extra, { recursive: true });
    await copyFile(file, path.join(extra, `${name}.png`));
  }
  return file;
}
