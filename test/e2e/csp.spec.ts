import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { expect, test, type Page } from '@playwright/test';

/**
 * The renderer's Content-Security-Policy, as shipped: read from the built pages (the `<meta>` the
 * renderer puts in renderer/index.html and projector.html, which Vite carries into dist/), loaded
 * into Chromium in front of a probe page. An injected script must not run; our own script file
 * must. The same probe without the policy shows every probe is able to run, so a pass means
 * something. Electron loads the pages from file://, so the probe also runs from a file.
 */

const ROOT = process.cwd();
const PAGES = ['index.html', 'projector.html'] as const;
const BUILT = path.join(ROOT, 'dist', 'renderer');
const SOURCE = path.join(ROOT, 'renderer');

function cspOf(file: string): string {
  const html = fs.readFileSync(file, 'utf8');
  const meta = /<meta\s[^>]*http-equiv=["']Content-Security-Policy["'][^>]*>/i.exec(html)?.[0];
  const content = meta && /content=(["'])([\s\S]*?)\1/i.exec(meta)?.[2];
  if (!content) throw new Error(`No Content-Security-Policy <meta> in ${file}`);
  return content;
}

/** The built page when there is a build (what ships), the source page otherwise. */
function shippedCsp(page: string): { csp: string; from: string } {
  const built = path.join(BUILT, page);
  const from = fs.existsSync(built) ? built : path.join(SOURCE, page);
  return { csp: cspOf(from), from: path.relative(ROOT, from) };
}

const attr = (value: string): string => value.replace(/&/g, '&amp;').replace(/"/g, '&quot;');

function probeHtml(csp: string | null, foreignOrigin: string | null): string {
  return `<!doctype html>
<html><head><meta charset="utf-8">
${csp === null ? '' : `<meta http-equiv="Content-Security-Policy" content="${attr(csp)}">`}
<title>probe</title></head><body>
<script>window.__probe.inline = true;</script>
<img src="data:," onload="window.__probe.handler = true" onerror="window.__probe.handler = true">
<script src="./probe.js"></script>
${foreignOrigin === null ? '' : `<script src="${foreignOrigin}/foreign.js"></script>`}
</body></html>`;
}

// Our own script file: it runs (same origin), then tries what injected markup would try.
const PROBE_JS = `
window.__probe.sameOrigin = true;
try { eval('window.__probe.eval = true'); } catch (e) {}
const injected = document.createElement('script');
injected.textContent = 'window.__probe.injected = true';
document.body.appendChild(injected);
document.body.insertAdjacentHTML('beforeend',
  '<img src="data:," onload="window.__probe.injectedHandler = true" onerror="window.__probe.injectedHandler = true">');
`;

interface Probe {
  inline?: boolean;
  handler?: boolean;
  sameOrigin?: boolean;
  eval?: boolean;
  injected?: boolean;
  injectedHandler?: boolean;
  foreign?: boolean;
  violations: string[];
}

async function runProbe(page: Page, url: string): Promise<Probe> {
  // Installed through the debugger protocol, so the policy under test does not block it.
  await page.addInitScript(() => {
    const probe = { violations: [] as string[] };
    Object.assign(window, { __probe: probe });
    document.addEventListener('securitypolicyviolation', (event) =>
      probe.violations.push(event.effectiveDirective),
    );
  });
  await page.goto(url);
  // Handlers of the inserted image fire asynchronously; give them their chance to run.
  await page.waitForTimeout(300);
  return page.evaluate(() => (window as unknown as { __probe: Probe }).__probe);
}

function listen(handler: http.RequestListener): Promise<{ server: http.Server; origin: string }> {
  const server = http.createServer(handler);
  return new Promise((resolve) => {
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as AddressInfo;
      resolve({ server, origin: `http://127.0.0.1:${port}` });
    });
  });
}

let app: { server: http.Server; origin: string };
let foreign: { server: http.Server; origin: string };

test.beforeAll(async () => {
  // Another port is another origin: a script from there is "foreign".
  foreign = await listen((_req, res) => {
    res.writeHead(200, { 'content-type': 'text/javascript' });
    res.end('window.__probe.foreign = true;');
  });
  app = await listen((req, res) => {
    const url = new URL(req.url ?? '/', 'http://x');
    if (url.pathname === '/probe.js') {
      res.writeHead(200, { 'content-type': 'text/javascript' });
      res.end(PROBE_JS);
      return;
    }
    const page = url.searchParams.get('page');
    const csp = page === 'none' ? null : shippedCsp(page ?? 'index.html').csp;
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
    res.end(probeHtml(csp, foreign.origin));
  });
});

test.afterAll(() => {
  app.server.close();
  foreign.server.close();
});

test('without the policy every probe runs (the probes can fail)', async ({ page }) => {
  const probe = await runProbe(page, `${app.origin}/?page=none`);
  expect(probe).toMatchObject({
    inline: true,
    handler: true,
    sameOrigin: true,
    eval: true,
    injected: true,
    injectedHandler: true,
    foreign: true,
  });
  expect(probe.violations).toEqual([]);
});

for (const name of PAGES) {
  test(`${name}: injected and inline script is blocked, our own script runs`, async ({ page }) => {
    const { from } = shippedCsp(name);
    test.info().annotations.push({ type: 'csp-source', description: from });
    const probe = await runProbe(page, `${app.origin}/?page=${name}`);
    expect(probe.sameOrigin, 'our own script file must run').toBe(true);
    expect(probe.inline, 'inline <script>').toBeUndefined();
    expect(probe.handler, 'inline event handler').toBeUndefined();
    expect(probe.injected, 'script element inserted by script').toBeUndefined();
    expect(probe.injectedHandler, 'handler in inserted markup').toBeUndefined();
    expect(probe.eval, 'eval').toBeUndefined();
    expect(probe.foreign, 'script from another origin').toBeUndefined();
    expect(probe.violations).toContain('script-src-elem');
  });
}

test('from file:// (as Electron loads the pages) inline script is blocked and ours runs', async ({
  page,
}) => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'dialogrum-csp-'));
  try {
    fs.writeFileSync(path.join(dir, 'probe.html'), probeHtml(shippedCsp('index.html').csp, null));
    fs.writeFileSync(path.join(dir, 'probe.js'), PROBE_JS);
    const probe = await runProbe(page, pathToFileURL(path.join(dir, 'probe.html')).href);
    expect(probe.sameOrigin, 'our own script file must run').toBe(true);
    expect(probe.inline).toBeUndefined();
    expect(probe.handler).toBeUndefined();
    expect(probe.injected).toBeUndefined();
    expect(probe.eval).toBeUndefined();
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});

test('the build ships the same policy as the source pages', () => {
  test.skip(
    !fs.existsSync(path.join(BUILT, 'index.html')),
    'No build in dist/renderer: run `npm run build` (npm test does) to compare the shipped pages',
  );
  for (const name of PAGES) {
    expect(cspOf(path.join(BUILT, name)), name).toBe(cspOf(path.join(SOURCE, name)));
  }
});
