import { execFileSync } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Locator, Page } from '@playwright/test';
import { expect } from './fixtures';

/**
 * The PDF minutes as a user makes them in browser mode: "PDF" on the export screen opens the print
 * view in a tab, printed as the browser's "Save as PDF" would, then read back by poppler's
 * pdftotext. The print view's hyphenation is undone (soft hyphens and the line breaks at them) and
 * whitespace folded, so what is compared is the words.
 */
export async function printedMinutesText(
  page: Page,
  exportScreen: Locator,
  watchErrors: (page: Page) => void,
): Promise<string> {
  const [print] = await Promise.all([
    page.waitForEvent('popup'),
    exportScreen.getByTestId('export-pdf').click(),
  ]);
  watchErrors(print);
  const dir = await mkdtemp(path.join(tmpdir(), 'dialogrum-printed-'));
  try {
    await expect(print.locator('body')).toHaveAttribute('data-print-ready', 'true', {
      timeout: 20_000,
    });
    await print.emulateMedia({ media: 'print' });
    const file = path.join(dir, 'referat.pdf');
    await writeFile(file, await print.pdf({ format: 'A4', printBackground: true }));
    return execFileSync('/usr/bin/pdftotext', ['-enc', 'UTF-8', '-raw', file, '-'], {
      encoding: 'utf8',
    })
      .replace(/[\u00ad\u2010]\s*/g, '')
      .replace(/\s+/g, ' ');
  } finally {
    await print.close();
    await rm(dir, { recursive: true, force: true });
  }
}
