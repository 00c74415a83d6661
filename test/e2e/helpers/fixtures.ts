import { test as base, expect, type Page } from '@playwright/test';
import { AppServer } from './appServer';

export interface AppFixtures {
  /** A running browser-mode server with its own empty data folder. */
  app: AppServer;
  /** Uncaught errors on the test's pages; none may be left at the end but those allowed. */
  pageErrors: PageErrors;
}

export class PageErrors {
  readonly seen: string[] = [];
  private readonly allowed: RegExp[] = [];

  /** Records a page's uncaught exceptions and console errors. */
  watch(page: Page): void {
    page.on('pageerror', (error) => this.seen.push(`${page.url()}: ${error.message}`));
    page.on('console', (message) => {
      if (message.type() === 'error') this.seen.push(`${page.url()}: console: ${message.text()}`);
    });
  }

  /** An error the test causes on purpose (the browser logs refused reconnects, say). */
  allow(pattern: RegExp): void {
    this.allowed.push(pattern);
  }

  get unexpected(): string[] {
    return this.seen.filter((error) => !this.allowed.some((pattern) => pattern.test(error)));
  }
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
    const errors = new PageErrors();
    errors.watch(page);
    await use(errors);
    expect(errors.unexpected, 'errors on the page').toEqual([]);
  },
});

export { expect };
