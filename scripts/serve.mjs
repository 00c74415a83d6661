// `npm run serve`: browser mode, building first only when the build is missing or older than a
// source (scripts/buildStamp.mjs), so a second start takes a moment instead of a full build.
// Arguments go to browser mode (`npm run serve -- --port 0`).
import { spawn } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { buildStatus, distDir } from './buildStamp.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/** `npm run build` with the same npm that runs us (npm_execpath), else the one on the PATH. */
export function runBuild(cwd = root, env = process.env) {
  const npm = env.npm_execpath;
  const [command, args] = npm
    ? [process.execPath, [npm, 'run', 'build']]
    : ['npm', ['run', 'build']];
  return new Promise((resolve) => {
    const child = spawn(command, args, {
      cwd,
      env,
      stdio: 'inherit',
      shell: !npm && process.platform === 'win32',
    });
    child.on('error', (error) => {
      console.error(`Could not run npm run build: ${error.message}`);
      resolve(1);
    });
    child.on('exit', (code, signal) => resolve(code ?? (signal ? 1 : 0)));
  });
}

const isMain = process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url);
if (isMain) {
  const dist = distDir(root);
  const status = buildStatus(root, dist);
  if (!status.current) {
    console.log(`Building first: ${status.reason}.`);
    const code = await runBuild();
    if (code !== 0) process.exit(code);
  }
  // In this process, not a child: one Node start less, and Ctrl+C reaches the server directly.
  // It reads its arguments from process.argv.slice(2), which are ours.
  await import(pathToFileURL(path.join(dist, 'main', 'serve.js')).href);
}
