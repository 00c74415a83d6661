import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, test } from './helpers/fixtures';
import { dispatch, RUNNING_POINT, setSettings, START_POINT } from './helpers/projectorSetup';

/** axe's WCAG 2.x A/AA rules (and best practices): no violations at all. */
async function violations(page: Page, include?: string): Promise<string[]> {
  let builder = new AxeBuilder({ page }).withTags([
    'wcag2a',
    'wcag2aa',
    'wcag21a',
    'wcag21aa',
    'wcag22aa',
    'best-practice',
  ]);
  if (include) builder = builder.include(include);
  const result = await builder.analyze();
  return result.violations.map(
    (v) => `${v.id}: ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
  );
}

// axe over the whole console takes a while on a busy machine.
test.describe.configure({ timeout: 180_000 });

/** The console in a theme: it follows the theme setting too (base.css tokens, html[data-theme]). */
async function openConsole(page: Page, url: string, theme: 'light' | 'dark'): Promise<void> {
  await page.goto(url);
  await expect(page.getByTestId('current-room')).toBeVisible();
  await setSettings(page, { theme });
  await expect(page.locator('html')).toHaveAttribute('data-theme', theme);
}

for (const theme of ['light', 'dark'] as const) {
  test(`the console has no axe violations, idle and running a point (${theme})`, async ({
    app,
    page,
  }) => {
    await openConsole(page, app.url, theme);
    await dispatch(page, RUNNING_POINT);
    await expect(page.getByTestId('agenda-row')).toHaveCount(2);
    expect(await violations(page)).toEqual([]);
    await dispatch(page, START_POINT);
    await expect(page.getByTestId('current-room')).toHaveAttribute('data-room', 'clarifying');
    expect(await violations(page)).toEqual([]);
  });

  test(`the settings view, the shortcut sheet and the guide have no axe violations (${theme})`, async ({
    app,
    page,
  }) => {
    await openConsole(page, app.url, theme);
    await page.getByTestId('settings-open').click();
    await expect(page.getByTestId('settings')).toBeVisible();
    expect(await violations(page, '[data-testid="settings"]')).toEqual([]);
    await page.getByTestId('settings-close').click();

    await page.getByTestId('shortcuts-open').click();
    await expect(page.getByTestId('shortcuts')).toBeVisible();
    expect(await violations(page, '[data-testid="shortcuts"]')).toEqual([]);
    await page.getByTestId('shortcuts-close').click();

    await page.getByTestId('guide-open').click();
    await expect(page.getByTestId('guide')).toBeVisible();
    expect(await violations(page, '[data-testid="guide"]')).toEqual([]);
  });
}

test('"follow the system" turns the console dark and light with the system, live', async ({
  app,
  page,
}) => {
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.goto(app.url);
  await expect(page.getByTestId('current-room')).toBeVisible();
  await setSettings(page, { theme: 'auto' });
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  const background = () => page.evaluate(() => getComputedStyle(document.body).backgroundColor);
  expect(await background()).toBe('rgb(14, 17, 22)');
  await page.emulateMedia({ colorScheme: 'light' });
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'light');
  expect(await background()).toBe('rgb(242, 243, 245)');
});

for (const theme of ['light', 'dark'] as const) {
  test(`the projector has no axe violations in the ${theme} theme`, async ({ app, page }) => {
    await page.goto(app.url);
    await expect(page.getByTestId('current-room')).toBeVisible();
    await setSettings(page, { theme });
    await dispatch(page, RUNNING_POINT);
    const projector = await page.context().newPage();
    await projector.setViewportSize({ width: 1280, height: 720 });
    await projector.emulateMedia({ reducedMotion: 'reduce' });
    await projector.goto(app.projectorUrl);
    await expect(projector.locator('.projector-frame')).toHaveAttribute('data-theme', theme);
    await expect(projector.getByTestId('projector-root')).toHaveAttribute('data-room', 'none');
    expect(await violations(projector)).toEqual([]);

    await dispatch(page, START_POINT);
    await expect(projector.getByTestId('projector-root')).toHaveAttribute(
      'data-room',
      'clarifying',
    );
    expect(await violations(projector)).toEqual([]);
    for (const mode of ['timer-only', 'room-only'] as const) {
      await setSettings(page, { projectorMode: mode });
      await expect(projector.locator('.projector-frame')).toHaveAttribute('data-mode', mode);
      expect(await violations(projector), mode).toEqual([]);
    }
  });
}
