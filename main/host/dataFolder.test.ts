import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { listing, useTempDirs } from '../platform/testing/tempDirs';
import { DataFolderError, ensureWritableFolder } from './dataFolder';

const tempDir = useTempDirs();
const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
// Root may write anywhere: a read-only folder is tested as an ordinary user ("nobody") then.
const asRoot = process.getuid?.() === 0;

describe('the data folder', () => {
  it('is created when missing and left with nothing in it', async () => {
    const dir = path.join(tempDir(), 'Dialogrum');
    await ensureWritableFolder(dir);
    expect(listing(dir)).toEqual([]);
  });

  it('says so in one sentence when it is a file', async () => {
    const file = path.join(tempDir(), 'Dialogrum');
    fs.writeFileSync(file, '');
    const error = await ensureWritableFolder(file).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(DataFolderError);
    expect((error as Error).message).toBe(
      `The data folder ${file} cannot be written (it is a file, not a folder). Make it writable, or choose another folder.`,
    );
  });

  it.skipIf(process.platform === 'win32')(
    'ends browser mode with one line and its own exit code when it is read-only',
    () => {
      const base = tempDir();
      const dataDir = path.join(base, 'data');
      const staticDir = path.join(base, 'static');
      fs.mkdirSync(dataDir);
      fs.mkdirSync(staticDir);
      fs.writeFileSync(path.join(staticDir, 'index.html'), '<!doctype html>');
      fs.chmodSync(base, 0o755);
      fs.chmodSync(dataDir, 0o555);
      const run = spawnSync(
        process.execPath,
        ['--import', 'tsx', 'main/serve.ts', '--data-dir', dataDir, '--static-dir', staticDir],
        {
          cwd: repoRoot,
          encoding: 'utf8',
          timeout: 20_000,
          ...(asRoot ? { uid: 65534, gid: 65534 } : {}),
        },
      );
      expect(run.status).toBe(7); // SERVE_EXIT.dataFolderNotWritable (main/server/serveOptions.ts)
      expect(run.stderr).toBe(
        `The data folder ${dataDir} cannot be written (permission denied). Make it writable, or choose another folder.\n`,
      );
      expect(listing(dataDir)).toEqual([]);
    },
    30_000,
  );
});
