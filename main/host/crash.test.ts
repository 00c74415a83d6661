import { spawn } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { JsonSettingsStore } from '../settings/jsonSettingsStore';
import { createHost } from './createHost';
import { listing, useTempDirs } from '../platform/testing/tempDirs';

const tempDir = useTempDirs();
const here = path.dirname(fileURLToPath(import.meta.url));
const child = path.join(here, 'testing', 'burstChild.ts');
const repoRoot = path.resolve(here, '..', '..');
const BURST = 1_000;

interface Acked {
  revision: number;
  id: string;
}

/** Run the burst in a child and SIGKILL it after `killAfter` acknowledgements. */
function burstAndKill(documentsDir: string, file: string, killAfter: number): Promise<Acked[]> {
  return new Promise((resolve, reject) => {
    const proc = spawn(
      process.execPath,
      ['--import', 'tsx', child, documentsDir, file, String(BURST)],
      {
        cwd: repoRoot,
        stdio: ['ignore', 'pipe', 'pipe'],
      },
    );
    const acked: Acked[] = [];
    let buffered = '';
    let stderr = '';
    proc.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    proc.stdout.on('data', (chunk: Buffer) => {
      buffered += chunk.toString();
      const lines = buffered.split('\n');
      buffered = lines.pop() ?? '';
      for (const line of lines) {
        const [word, revision, id] = line.split(' ');
        if (word === 'ack' && revision && id) acked.push({ revision: Number(revision), id });
      }
      if (acked.length >= killAfter && proc.exitCode === null && !proc.killed) proc.kill('SIGKILL');
    });
    proc.on('error', reject);
    proc.on('close', (code, signal) => {
      if (signal !== 'SIGKILL') {
        reject(new Error(`child ended with ${code ?? signal} before the kill:\n${stderr}`));
      } else resolve(acked);
    });
  });
}

describe('a kill in the middle of a burst of commands', () => {
  // Kill points: early, just past a compaction (every 200), and late in the burst.
  it.each([30, 205, 640])(
    'loses nothing acknowledged and leaves a file that opens (kill after %i acks)',
    async (killAfter) => {
      const dir = tempDir();
      const settings = new JsonSettingsStore(path.join(dir, 'settings.json'));
      const first = await createHost({ documentsDir: dir, settings, onWarning: () => undefined });
      const file = (await first.handlers.getState(undefined)).document.path;
      await first.close();

      const acked = await burstAndKill(dir, file, killAfter);
      expect(acked.length).toBeGreaterThanOrEqual(killAfter);
      expect(acked.length).toBeLessThan(BURST); // the kill really came mid-burst

      const reopened = await createHost({ documentsDir: dir, settings, path: file });
      const state = await reopened.handlers.getState(undefined);
      const ids = state.workshop.agenda.map((p) => p.id);
      const maxAcked = Math.max(...acked.map((a) => a.revision));
      expect(state.revision).toBeGreaterThanOrEqual(maxAcked);
      // Every acknowledged point is there, at the position its revision gave it.
      for (const { revision, id } of acked) expect(ids[revision - 1]).toBe(id);
      // And the document carries on from there.
      expect(
        await reopened.handlers.dispatch({ type: 'workshop.update', title: 'Efter nedbrud' }),
      ).toEqual({ revision: state.revision + 1 });
      await reopened.close();
      expect(listing(dir).filter((n) => n.includes('corrupt'))).toEqual([]);
    },
  );
});
