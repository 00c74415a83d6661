// npm run screenshots: the README's pictures of the console and the projector (light and dark),
// taken from the real app so they stay current. Builds the app into a private folder (so a
// running `dist` is left alone), starts browser mode on a fresh data folder — whose first run
// opens the Danish sample workshop — runs one of its points a little way, and saves PNGs to
// docs/screenshots/.
//   --out DIR   save elsewhere (e.g. /tmp/me/shots) instead of docs/screenshots/
//   --more      also the views a developer checks by eye but the README does not show: the
//               settings dialog (light, dark), English, the projector at 1280×720, other rooms;
//               and every room on the projector at 1920×1080 and 1024×768 with real Danish
//               content (test/fixtures/corpusContent.ts): projector-corpus-<room>-<size>.png.
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build as esbuild } from 'esbuild';
import { chromium } from 'playwright-core';
import { tsImport } from 'tsx/esm/api';
import { build as viteBuild } from 'vite';
import WebSocket from 'ws';

const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
// Inside the repository (scratch .tmp), so the server bundle finds its external packages.
mkdirSync(path.join(repo, '.tmp'), { recursive: true });
const work = mkdtempSync(path.join(repo, '.tmp', 'screenshots-build-'));
const dataDir = mkdtempSync(path.join(tmpdir(), 'dialogrum-screenshots-data-'));
const args = process.argv.slice(2);
const outAt = args.indexOf('--out');
const out = outAt >= 0 ? path.resolve(args[outAt + 1]) : path.join(repo, 'docs/screenshots');
const more = args.includes('--more');
mkdirSync(out, { recursive: true });

await viteBuild({
  configFile: path.join(repo, 'vite.config.ts'),
  logLevel: 'warn',
  build: { outDir: path.join(work, 'renderer') },
});
await esbuild({
  entryPoints: [path.join(repo, 'main/serve.ts')],
  outfile: path.join(work, 'main/serve.js'),
  bundle: true,
  platform: 'node',
  format: 'esm',
  logLevel: 'warning',
  external: ['electron', 'electron-store', 'conf', 'ws', 'bufferutil', 'utf-8-validate'],
  banner: {
    js: "import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);",
  },
});

const serveEnv = { ...process.env };
delete serveEnv.DIALOGRUM_NO_SAMPLE; // The point is the first-run sample.
const server = spawn(
  process.execPath,
  [
    path.join(work, 'main/serve.js'),
    '--port',
    '0',
    '--data-dir',
    dataDir,
    '--static-dir',
    path.join(work, 'renderer'),
  ],
  { cwd: repo, stdio: ['ignore', 'pipe', 'inherit'], env: serveEnv },
);
const base = await new Promise((resolve, reject) => {
  let text = '';
  server.stdout.on('data', (chunk) => {
    text += chunk;
    const m = /running at (http:\/\/\S+\/)/.exec(text);
    if (m) resolve(m[1]);
  });
  server.on('exit', (code) => reject(new Error(`The server exited with ${code}`)));
});

/** One request over the host's WebSocket (shared/wsProtocol.ts). */
async function request(name, payload) {
  const ws = new WebSocket(`${base.replace(/^http/, 'ws')}ws`, { origin: base.slice(0, -1) });
  await new Promise((resolve, reject) => {
    ws.once('open', resolve);
    ws.once('error', reject);
  });
  const response = await new Promise((resolve) => {
    ws.on('message', (data) => {
      const message = JSON.parse(String(data));
      if (message.id === 1) resolve(message.response);
    });
    ws.send(JSON.stringify({ id: 1, name, payload }));
  });
  ws.close();
  if (!response.ok) throw new Error(`${name}: ${response.error.message}`);
  return response.result;
}
const dispatch = (command) => request('dispatch', command);

const browser = await chromium.launch({
  executablePath: existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined,
  args: [
    '--no-sandbox',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--no-first-run',
    '--lang=da-DK',
  ],
});

const problems = [];
async function open(url, width, height) {
  const page = await browser.newPage({ viewport: { width, height }, locale: 'da-DK' });
  await page.emulateMedia({ reducedMotion: 'reduce' });
  page.on('pageerror', (e) => problems.push(`${url}: ${e.message}`));
  page.on('console', (m) => {
    if (m.type() === 'error') problems.push(`${url}: ${m.text()}`);
  });
  await page.goto(url);
  return page;
}
const saved = [];
async function shot(page, name, options = {}) {
  const file = path.join(out, `${name}.png`);
  await page.screenshot({ path: file, ...options });
  saved.push(path.relative(repo, file));
}

/**
 * The director forum of the layout tests in a workshop of its own: its decision point with a
 * typical point's work (mixed lengths, one word to 500 characters), in each room, at two sizes.
 */
async function corpusShots() {
  const { corpusMeeting, FIT_COUNTS } = await tsImport(
    '../test/fixtures/corpusContent.ts',
    import.meta.url,
  );
  await request('newDocument');
  const meeting = corpusMeeting({ ...FIT_COUNTS, lengths: 'mixed' });
  for (const command of meeting.commands) await dispatch(command);
  await request('updateSettings', { theme: 'light' });
  const sizes = [
    [1920, 1080],
    [1024, 768],
  ];
  const pages = [];
  for (const [width, height] of sizes) pages.push(await open(`${base}projector`, width, height));
  await pages[0].locator('.projector-agenda').waitFor();
  for (const [k, [width, height]] of sizes.entries()) {
    await pages[k].waitForTimeout(400);
    await shot(pages[k], `projector-corpus-programme-${width}x${height}`);
  }
  await dispatch({ type: 'point.start', id: meeting.workPointId });
  for (const room of ['clarifying', 'developing', 'negotiating', 'acting']) {
    await dispatch({ type: 'room.goTo', room });
    for (const [k, [width, height]] of sizes.entries()) {
      await pages[k].locator(`[data-testid="pr-area"][data-room="${room}"]`).waitFor();
      await pages[k].waitForTimeout(400);
      await shot(pages[k], `projector-corpus-${room}-${width}x${height}`);
    }
  }
  for (const page of pages) await page.close();
}

try {
  const state = await request('getState');
  if (!state.workshop.id.startsWith('sample-')) throw new Error('The sample did not open');

  // The first look: the console with the guide to the four rooms.
  const consolePage = await open(base, 1440, 900);
  await consolePage.getByTestId('guide').waitFor();
  await shot(consolePage, 'console-guide');
  await consolePage.getByTestId('guide-close').click();

  // The decision point under way, with a little work in the clarifying room.
  const point = 'tjekliste';
  await dispatch({ type: 'point.start', id: point });
  await dispatch({
    type: 'point.setClarification',
    id: point,
    changes: {
      problem:
        'Ældre medicinske patienter kommer hjem, før kommunen og egen læge ved det, og medicinen er ikke afstemt.',
      citizenPerspective: 'Jeg vil vide, hvem jeg skal ringe til den første uge hjemme.',
    },
  });
  const questions = [
    ['q1', 'Hvem ejer medicinlisten ved udskrivelsen?', 'bo'],
    ['q2', 'Hvornår får hjemmeplejen besked?', 'lise'],
  ];
  for (const [id, text, askedBy] of questions) {
    await dispatch({ type: 'question.add', pointId: point, question: { id, text, askedBy } });
  }
  await consolePage.getByTestId('current-room').waitFor();
  await consolePage.waitForTimeout(500);
  await shot(consolePage, 'console');

  // The console follows the theme setting too (dark for dim rooms).
  await request('updateSettings', { theme: 'dark' });
  await consolePage.locator('html[data-theme="dark"]').waitFor();
  await consolePage.waitForTimeout(300);
  await shot(consolePage, 'console-dark');
  if (more) {
    for (const theme of ['dark', 'light']) {
      await request('updateSettings', { theme });
      await consolePage.locator(`html[data-theme="${theme}"]`).waitFor();
      await consolePage.getByTestId('settings-open').click();
      await consolePage.getByTestId('settings-theme').waitFor();
      await shot(consolePage, `console-settings-${theme}`);
      await consolePage.keyboard.press('Escape');
    }
    await request('updateSettings', { language: 'en' });
    await consolePage.getByText('The clarifying room').first().waitFor();
    await shot(consolePage, 'console-en');
    await request('updateSettings', { language: 'da' });
    for (const room of ['developing', 'negotiating', 'acting']) {
      await dispatch({ type: 'room.goTo', room });
      await consolePage.locator(`[data-testid="current-room"][data-room="${room}"]`).waitFor();
      for (const theme of ['light', 'dark']) {
        await request('updateSettings', { theme });
        await consolePage.locator(`html[data-theme="${theme}"]`).waitFor();
        await consolePage.waitForTimeout(200);
        await shot(consolePage, `console-${room}-${theme}`, { fullPage: true });
      }
    }
    await dispatch({ type: 'room.goTo', room: 'clarifying' });
  }

  for (const theme of ['light', 'dark']) {
    await request('updateSettings', { theme });
    const projector = await open(`${base}projector`, 1920, 1080);
    await projector.locator(`.projector-frame[data-theme="${theme}"]`).waitFor();
    await projector.getByTestId('pr-area').waitFor();
    await projector.waitForTimeout(400);
    await shot(projector, `projector-${theme}`);
    await projector.close();
  }
  if (more) {
    const small = await open(`${base}projector`, 1280, 720);
    await small.getByTestId('pr-area').waitFor();
    await shot(small, 'projector-1280x720');
    await small.close();
  }
  if (more) await corpusShots();
  await request('updateSettings', { theme: 'light' });
  console.log(`Saved:\n  ${saved.join('\n  ')}`);
  if (problems.length > 0) {
    console.error(`Errors on the pages:\n  ${problems.join('\n  ')}`);
    process.exitCode = 1;
  }
} finally {
  await browser.close();
  server.kill('SIGTERM');
  await new Promise((resolve) => server.once('exit', resolve));
  rmSync(work, { recursive: true, force: true });
  rmSync(dataDir, { recursive: true, force: true });
}
