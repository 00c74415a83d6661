import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach } from 'vitest';

/**
 * Real directories under os.tmpdir() for tests that touch the disk (no fs mocks: fsync, rename
 * and truncation are what is under test). Each is removed after its test.
 */
export function useTempDirs(): () => string {
  const made: string[] = [];
  afterEach(() => {
    for (const dir of made.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
  });
  return () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'dialogrum-test-'));
    made.push(dir);
    return dir;
  };
}

/** File names in `dir`, sorted: what a user would see in the folder. */
export function listing(dir: string): string[] {
  return fs.readdirSync(dir).sort();
}
