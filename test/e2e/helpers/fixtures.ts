import { test as base, expect, type Page } from '@playwright/test';
import { AppServer } from './appServer';

export interface AppFixtures {
  /** A running browser-mode server with its own empty data folder. */
  app: AppServer;
  /** Uncaught errors on any page of the test; checked empty at the end of every test. */
  pageErrors: string[];
}

/** Records a page's uncaught exceptions and console errors into `errors`. */
export function watchErrors(page: Page, errors: string[]): void {
  page.on('pageerror', (error) => errors.push(`${page.url()}: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(`${page.url()}: console: ${message.text()}`);
  });
}

export const test = base.extend<AppFixtures>({
  // Playwright reads a fixture's dependencies from its first parameter's pattern: none here.
  // eslint-disable-next-line no-empty-pattern
  app: async ({}, use) => {
    const server = await AppServer.start();
    try {
      await use(server);
    } finally {
      await server.dispose();
    }
  },
  pageErrors: async ({ page }, use) => {
    const errors: string[] = [];
    watchErrors(page, errors);
    await use(errors);
    expect(errors, 'errors on the page').toEqual([]);
  },
});

export { expect };
