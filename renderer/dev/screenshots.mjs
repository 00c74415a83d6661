// DEV ONLY, not part of the app or the tests: builds a private copy of the app under .tmp,
// starts browser mode on a scratch data folder, seeds a workshop over the WebSocket, and
// photographs the console (1280x800) and the projector (1920x1080, 1280x720) into .tmp/shots.
// Run: node renderer/dev/screenshots.mjs
/* global window, document, MutationObserver */
import { spawn } from 'node:child_process';
import { mkdtempSync, mkdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build as esbuild } from 'esbuild';
import { chromium } from 'playwright-core';
import { build as viteBuild } from 'vite';
import WebSocket from 'ws';
import { seedWorkshop } from './seed.mjs';

const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const work = path.join(repo, '.tmp/shots-build');
const shots = path.join(repo, '.tmp/shots');
mkdirSync(shots, { recursive: true });

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

// The built pages must keep to their CSP: no inline script or style, the policy in a meta tag.
for (const page of ['index.html', 'projector.html']) {
  const html = readFileSync(path.join(work, 'renderer', page), 'utf8');
  const inlineScript = /<script(?![^>]*\bsrc=)[^>]*>/i.test(html);
  const inlineStyle =
    /<style[\s>]/i.test(html) || /\sstyle=/i.test(html) || /\son[a-z]+=/i.test(html);
  const csp = html.includes(`script-src 'self'; style-src 'self';`);
  console.log(
    `${page}: inline script ${inlineScript}, inline style/handlers ${inlineStyle}, CSP ${csp}`,
  );
  if (inlineScript || inlineStyle || !csp) process.exitCode = 1;
}

const dataDir = mkdtempSync(path.join(tmpdir(), 'dialogrum-shots-'));
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
  { stdio: ['ignore', 'pipe', 'inherit'] },
);
const base = await new Promise((resolve, reject) => {
  let out = '';
  server.stdout.on('data', (chunk) => {
    out += chunk;
    const m = /running at (http:\/\/[^\s]+\/)/.exec(out);
    if (m) resolve(m[1]);
  });
  server.on('exit', (code) => reject(new Error(`server exited ${code}`)));
});
console.log('server', base);

/** A tiny WebSocket client speaking shared/wsProtocol.ts. */
async function connect() {
  const ws = new WebSocket(`${base.replace(/^http/, 'ws')}ws`, { origin: base.slice(0, -1) });
  await new Promise((r, j) => {
    ws.once('open', r);
    ws.once('error', j);
  });
  let id = 0;
  const pending = new Map();
  ws.on('message', (data) => {
    const msg = JSON.parse(String(data));
    if ('id' in msg) pending.get(msg.id)?.(msg.response);
  });
  return {
    request(name, payload) {
      const myId = ++id;
      return new Promise((resolve, reject) => {
        pending.set(myId, (response) =>
          response.ok
            ? resolve(response.result)
            : reject(new Error(JSON.stringify(response.error))),
        );
        ws.send(JSON.stringify({ id: myId, name, payload }));
      });
    },
    close: () => ws.close(),
  };
}

const host = await connect();
const browser = await chromium.launch({
  executablePath: '/usr/bin/chromium',
  args: [
    '--no-sandbox',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--no-first-run',
    // What a Danish user sees: native date and time fields in Danish, 24-hour.
    '--lang=da-DK',
  ],
});

const problems = [];
async function open(url, width, height) {
  const page = await browser.newPage({ viewport: { width, height }, locale: 'da-DK' });
  page.on('console', (m) => {
    if (m.type() === 'error' || m.type() === 'warning') problems.push(`${url}: ${m.text()}`);
  });
  page.on('pageerror', (e) => problems.push(`${url}: ${e.message}`));
  await page.goto(url);
  return page;
}
const shot = async (page, name, fullPage = false) => {
  await page.screenshot({ path: path.join(shots, `${name}.png`), fullPage });
  console.log('shot', name);
};

try {
  const console1 = await open(base, 1280, 800);
  await console1.getByTestId('save-status').waitFor();
  await shot(console1, 'console-empty');

  const points = await seedWorkshop(host);
  await console1
    .getByTestId('agenda-row')
    .nth(points.length - 1)
    .waitFor();
  // Sanity checks of the interactions (the real tests are the e2e suite's).
  const ids = async () =>
    console1.getByTestId('agenda-row').evaluateAll((rows) => rows.map((r) => r.dataset.pointId));
  const check = (ok, what) => {
    if (!ok) problems.push(`CHECK FAILED: ${what}`);
    console.log(ok ? 'ok  ' : 'FAIL', what);
  };
  const time = console1.getByTestId('workshop-time');
  await time.fill('8.30');
  await time.press('Enter');
  await console1.waitForFunction(() =>
    document
      .querySelector('[data-testid="agenda-row"] .agenda-clock')
      ?.textContent?.includes('8.30'),
  );
  check((await time.inputValue()) === '08:30', 'time 8.30 is stored as 08:30');
  await time.fill('09:00');
  await time.press('Tab');

  const handle = console1.getByTestId('agenda-drag-handle').nth(1);
  await handle.focus();
  await console1.keyboard.press('Alt+ArrowUp');
  await console1.waitForFunction(
    (first) => document.querySelector('[data-testid="agenda-row"]')?.dataset.pointId === first,
    points[1],
  );
  check(
    await console1.evaluate(
      (id) => document.activeElement?.closest('[data-point-id]')?.dataset.pointId === id,
      points[1],
    ),
    'keyboard move keeps focus on the moved handle',
  );
  check(
    (await console1.getByRole('status').filter({ hasText: 'flyttet' }).textContent())?.includes(
      'plads 1 af 7',
    ),
    'keyboard move is announced',
  );
  await console1.keyboard.press('Alt+ArrowDown');
  await console1.waitForFunction(
    (first) => document.querySelector('[data-testid="agenda-row"]')?.dataset.pointId === first,
    points[0],
  );
  // Drag the first point below the third, then undo it with Ctrl+Z.
  await console1
    .getByTestId('agenda-drag-handle')
    .nth(0)
    .dragTo(console1.getByTestId('agenda-row').nth(2), { targetPosition: { x: 200, y: 60 } });
  await console1.waitForFunction(
    (third) =>
      document.querySelectorAll('[data-testid="agenda-row"]')[2]?.dataset.pointId === third,
    points[0],
  );
  check((await ids())[2] === points[0], 'drag and drop moves the point below the target row');
  await console1.locator('body').click({ position: { x: 5, y: 700 } });
  await console1.keyboard.press('Control+z');
  await console1.waitForFunction(
    (first) => document.querySelector('[data-testid="agenda-row"]')?.dataset.pointId === first,
    points[0],
  );
  check(JSON.stringify(await ids()) === JSON.stringify(points), 'Ctrl+Z undoes the drag');

  await shot(console1, 'console-idle');
  await shot(console1, 'console-idle-full', true);

  const projBig = await open(`${base}projector`, 1920, 1080);
  const projSmall = await open(`${base}projector`, 1280, 720);
  await projBig.getByTestId('projector-root').waitFor();
  await shot(projBig, 'projector-agenda-1920');
  await shot(projSmall, 'projector-agenda-1280');

  // A development point: clarifying, then developing.
  const t0 = Date.now();
  await host.request('dispatch', { type: 'point.start', id: points[2] });
  await projBig.locator('[data-room="clarifying"]').waitFor();
  console.log('projector showed the room after', Date.now() - t0, 'ms (incl. dispatch)');
  await console1.locator('[data-testid="current-room"][data-room="clarifying"]').waitFor();
  await shot(console1, 'console-running-clarifying');
  await shot(projBig, 'projector-clarifying-1920');
  await projSmall.locator('[data-room="clarifying"]').waitFor();
  await shot(projSmall, 'projector-clarifying-1280');

  await console1.getByTestId('room-next').click();
  await projBig.locator('[data-room="developing"]').waitFor();
  await projSmall.locator('[data-room="developing"]').waitFor();
  await shot(projBig, 'projector-developing-1920');
  await shot(projSmall, 'projector-developing-1280');

  // Finish, then a decision point through negotiating and acting.
  await console1.getByTestId('point-finish').click();
  await console1.locator('[data-testid="current-room"][data-room="none"]').waitFor();
  await host.request('dispatch', { type: 'point.start', id: points[4] });
  await console1.getByTestId('room-goto-negotiating').click();
  await projBig.locator('[data-room="negotiating"]').waitFor();
  await shot(projBig, 'projector-negotiating-1920');
  await console1.getByTestId('room-goto-acting').click();
  await projBig.locator('[data-room="acting"]').waitFor();
  await projSmall.locator('[data-room="acting"]').waitFor();
  await shot(projBig, 'projector-acting-1920');
  await shot(projSmall, 'projector-acting-1280');
  await shot(console1, 'console-running-acting');
  await shot(console1, 'console-running-full', true);

  // The room plan editor of the running point.
  const row = console1.locator(`[data-point-id="${points[4]}"]`);
  await row.getByRole('button', { name: /Rediger rum/ }).click();
  await row.scrollIntoViewIfNeeded();
  await shot(console1, 'console-room-plan');

  // Latency: from the host's acknowledgement to the projector's DOM showing the new room.
  await host.request('dispatch', { type: 'point.finish' });
  await host.request('dispatch', { type: 'point.start', id: points[5] });
  await projBig.locator('[data-room="clarifying"]').waitFor();
  await projBig.evaluate(() => {
    window.__changes = [];
    new MutationObserver(() => window.__changes.push(Date.now())).observe(document.body, {
      subtree: true,
      attributes: true,
      attributeFilter: ['data-room'],
    });
  });
  const lags = [];
  for (let i = 0; i < 20; i++) {
    const room = i % 2 === 0 ? 'developing' : 'clarifying';
    await host.request('dispatch', { type: 'room.goTo', room });
    const acked = Date.now();
    await projBig.locator(`[data-room="${room}"]`).waitFor();
    const changed = await projBig.evaluate(() => window.__changes.at(-1));
    lags.push(changed - acked);
  }
  lags.sort((a, b) => a - b);
  console.log(
    `projector update after ack: median ${lags[10]} ms, max ${lags.at(-1)} ms (20 room changes)`,
  );

  // Overrun: a point planned at 0 minutes is over time at once.
  await host.request('dispatch', { type: 'point.finish' });
  await host.request('dispatch', {
    type: 'agenda.update',
    id: points[6],
    changes: { plannedMinutes: 0 },
  });
  await host.request('dispatch', { type: 'point.start', id: points[6] });
  await projBig.getByTestId('projector-timer').filter({ hasText: '+00:02' }).waitFor();
  await shot(projBig, 'projector-overrun-1920');
  await console1.evaluate(() => window.scrollTo(0, 0));
  await shot(console1, 'console-overrun');

  // English, following the settings event in both windows.
  await console1.getByTestId('language-switch').selectOption('en');
  await projBig.getByText('The clarifying room').waitFor();
  await console1.evaluate(() => window.scrollTo(0, 0));
  await shot(console1, 'console-en');
  await shot(projBig, 'projector-en-1920');
  await console1.getByTestId('language-switch').selectOption('da');
  await console1.getByText('Det afklarende rum').first().waitFor();

  // The host goes away: the console says so, and a click fails visibly.
  server.kill('SIGTERM');
  await console1.getByText(/Forbindelsen til værten er afbrudt/).waitFor();
  await console1.getByTestId('point-finish').click();
  await console1.getByTestId('error-alert').waitFor({ timeout: 15_000 });
  await shot(console1, 'console-offline-error');
} finally {
  console.log(problems.length ? `Console problems:\n${problems.join('\n')}` : 'No console errors.');
  await browser.close();
  host.close();
  server.kill('SIGTERM');
}
