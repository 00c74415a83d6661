// The build stamp: lets `npm run serve` skip the build when nothing it is made from has changed.
// `node scripts/buildStamp.mjs begin` runs first in `npm run build`, `… end` last. The stamp's
// mtime is the moment the build began, so a file saved while the build ran still counts as newer.
// A failed build leaves no stamp, so the next serve builds again.
import {
  existsSync,
  mkdirSync,
  readdirSync,
  renameSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** What the build is made from (folders are walked; their own mtimes catch deleted files). */
export const SOURCES = [
  'renderer',
  'shared',
  'main',
  'vite.config.ts',
  'scripts/buildMain.mjs',
  'scripts/precompress.mjs',
  'package.json',
  'package-lock.json',
];

/** What browser mode needs from a build; a stamp without them does not make a build current. */
const OUTPUTS = ['main/serve.js', 'renderer/index.html'];

const STAMP = '.build-stamp';
const PENDING = '.build-stamp.pending';

/** DIALOGRUM_DIST_DIR (engineers building side by side) or dist/, under the repository. */
export function distDir(root, env = process.env) {
  return path.resolve(root, env.DIALOGRUM_DIST_DIR ?? 'dist');
}

/** The first entry under `entry` (itself included) modified after `since`, or null. */
function newerThan(entry, since) {
  let stat;
  try {
    stat = statSync(entry);
  } catch {
    return null; // A source that is not there (e.g. no lock file) changes nothing.
  }
  if (stat.mtimeMs > since) return entry;
  if (!stat.isDirectory()) return null;
  for (const child of readdirSync(entry)) {
    const found = newerThan(path.join(entry, child), since);
    if (found) return found;
  }
  return null;
}

/**
 * Whether the build in `dist` is current for the sources under `root`:
 * `{ current: true }` or `{ current: false, reason }` with a reason fit for the user.
 */
export function buildStatus(root, dist) {
  const missing = OUTPUTS.find((output) => !existsSync(path.join(dist, output)));
  if (missing) return { current: false, reason: `there is no build in ${dist} yet` };
  let since;
  try {
    since = statSync(path.join(dist, STAMP)).mtimeMs;
  } catch {
    return { current: false, reason: `${dist} has no record of a finished build` };
  }
  for (const source of SOURCES) {
    const changed = newerThan(path.join(root, source), since);
    if (changed) {
      return {
        current: false,
        reason: `${path.relative(root, changed)} changed since the last build`,
      };
    }
  }
  return { current: true };
}

/** Before the build: forget the old stamp and note when this build began. */
export function beginBuild(dist) {
  mkdirSync(dist, { recursive: true });
  rmSync(path.join(dist, STAMP), { force: true });
  writeFileSync(path.join(dist, PENDING), `build began ${new Date().toISOString()}\n`);
}

/** After a successful build: the pending stamp (its mtime is the beginning) becomes the stamp. */
export function endBuild(dist) {
  renameSync(path.join(dist, PENDING), path.join(dist, STAMP));
}

const isMain = process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url);
if (isMain) {
  const dist = distDir(process.cwd());
  const step = process.argv[2];
  if (step === 'begin') beginBuild(dist);
  else if (step === 'end') endBuild(dist);
  else {
    console.error('Usage: node scripts/buildStamp.mjs begin|end');
    process.exit(1);
  }
}
