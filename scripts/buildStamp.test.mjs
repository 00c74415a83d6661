import { mkdir, mkdtemp, rm, utimes, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { beginBuild, buildStatus, distDir, endBuild } from './buildStamp.mjs';

let root;
let dist;
/** Sets a file's or folder's mtime `seconds` from now (negative: the past). */
const age = (file, seconds) => {
  const when = new Date(Date.now() + seconds * 1000);
  return utimes(path.join(root, file), when, when);
};

beforeEach(async () => {
  root = await mkdtemp(path.join(tmpdir(), 'dialogrum-stamp-'));
  dist = path.join(root, 'dist');
  await mkdir(path.join(root, 'main', 'server'), { recursive: true });
  await writeFile(path.join(root, 'main', 'server', 'a.ts'), '');
  await writeFile(path.join(root, 'package.json'), '{}');
  for (const file of ['main/server/a.ts', 'main/server', 'main', 'package.json']) {
    await age(file, -60);
  }
});
afterEach(() => rm(root, { recursive: true, force: true }));

/** A finished build: its outputs, then the stamp. */
async function build() {
  beginBuild(dist);
  await mkdir(path.join(dist, 'main'), { recursive: true });
  await mkdir(path.join(dist, 'renderer'), { recursive: true });
  await writeFile(path.join(dist, 'main', 'serve.js'), '');
  await writeFile(path.join(dist, 'renderer', 'index.html'), '');
  endBuild(dist);
}

describe('buildStatus', () => {
  it('wants a build where there is none', () => {
    expect(buildStatus(root, dist)).toEqual({
      current: false,
      reason: `there is no build in ${dist} yet`,
    });
  });

  it('finds a finished build current until a source changes', async () => {
    await build();
    expect(buildStatus(root, dist)).toEqual({ current: true });
    await age('main/server/a.ts', 5);
    expect(buildStatus(root, dist)).toEqual({
      current: false,
      reason: `${path.join('main', 'server', 'a.ts')} changed since the last build`,
    });
  });

  it('notices a deleted source by its folder', async () => {
    await build();
    await rm(path.join(root, 'main', 'server', 'a.ts'));
    await age('main/server', 5);
    expect(buildStatus(root, dist).current).toBe(false);
  });

  it('does not trust a build that began and did not finish', async () => {
    await build();
    beginBuild(dist); // e.g. vite failed after this
    expect(buildStatus(root, dist)).toEqual({
      current: false,
      reason: `${dist} has no record of a finished build`,
    });
  });

  it('counts a file saved while the build ran as newer than the build', async () => {
    beginBuild(dist);
    await age('package.json', 1); // saved after the build began
    await mkdir(path.join(dist, 'main'), { recursive: true });
    await mkdir(path.join(dist, 'renderer'), { recursive: true });
    await writeFile(path.join(dist, 'main', 'serve.js'), '');
    await writeFile(path.join(dist, 'renderer', 'index.html'), '');
    endBuild(dist);
    expect(buildStatus(root, dist).current).toBe(false);
  });
});

describe('distDir', () => {
  it('follows DIALOGRUM_DIST_DIR', () => {
    expect(distDir('/repo', {})).toBe(path.resolve('/repo/dist'));
    expect(distDir('/repo', { DIALOGRUM_DIST_DIR: '/tmp/d' })).toBe(path.resolve('/tmp/d'));
  });
});
