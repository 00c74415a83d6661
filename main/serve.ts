// Browser mode: the host in plain Node, the console and projector in any browser on this laptop.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildSampleWorkshop } from '../shared/sample/sampleWorkshop';
import { createChromiumPrinter } from './exporters/chromiumPrinter';
import { createExportService } from './exporters/exportService';
import { createHost } from './host/createHost';
import { DataFolderError, ensureWritableFolder } from './host/dataFolder';
import { startServer } from './server/httpServer';
import { PhoneService } from './server/phones/phoneService';
import { parseServeArgs, SERVE_EXIT, USAGE, wantsHelp } from './server/serveOptions';
import { openJsonSettingsStore } from './settings/jsonSettingsStore';

const NO_SAMPLE_VARIABLE = 'DIALOGRUM_NO_SAMPLE';

function fail(message: string, code: number = SERVE_EXIT.failed): never {
  process.stderr.write(`${message}\n`);
  process.exit(code);
}

/**
 * End-to-end tests only: DIALOGRUM_TEST_CLOCK names a file holding a millisecond offset added
 * to the host's clock, so the host moves with the pages' fake clocks (Playwright's
 * page.clock). Read only when set; normal runs use the real clock.
 */
function testClock(): { clock?: () => number } {
  const file = process.env.DIALOGRUM_TEST_CLOCK;
  if (!file) return {};
  return { clock: () => Date.now() + (Number(readFileSync(file, 'utf8')) || 0) };
}

async function main(): Promise<void> {
  const argv = process.argv.slice(2);
  if (wantsHelp(argv)) {
    process.stdout.write(`${USAGE}\n`);
    return;
  }
  let options;
  try {
    options = parseServeArgs(argv, {
      scriptDir: path.dirname(fileURLToPath(import.meta.url)),
      cwd: process.cwd(),
      home: process.env.DIALOGRUM_HOME,
    });
  } catch (error) {
    fail(`${error instanceof Error ? error.message : String(error)}\n${USAGE}`);
  }
  if (!existsSync(path.join(options.staticDir, 'index.html'))) {
    fail(`The renderer is not built in ${options.staticDir}: run npm run build first.`);
  }

  // Before anything is read or written there: one clear line, not an EACCES stack, if it cannot be.
  await ensureWritableFolder(options.dataDir);
  const warn = (text: string) => process.stderr.write(`Warning: ${text}\n`);
  const { store, warning } = openJsonSettingsStore(path.join(options.dataDir, 'settings.json'));
  if (warning) warn(`${warning.reason} (the old settings file was moved to ${warning.movedTo})`);

  // Participants' phones: a second server on the local network, only while joining is open.
  const joining = new PhoneService({
    staticDir: options.staticDir,
    port: options.phonePort,
    // Who has handed in an evaluation form, so a restart gives no one a second vote.
    submittedFile: path.join(options.dataDir, 'phone-forms.json'),
    ...(options.phoneHost === undefined ? {} : { hostname: options.phoneHost }),
  });
  const host = await createHost({
    ...testClock(),
    joining,
    documentsDir: options.dataDir,
    settings: store,
    onWarning: warn,
    // The first run opens a sample workshop; tests that need an empty start set this variable.
    ...(process.env[NO_SAMPLE_VARIABLE] ? {} : { firstWorkshop: buildSampleWorkshop }),
    ...(options.open === undefined ? {} : { path: options.open }),
  });

  // Every download (GET /export) goes through this one service and its one worker thread; a PDF
  // download is the print view printed by a headless Chromium, where one is installed.
  const exports = createExportService({
    printer: createChromiumPrinter({ rendererDir: options.staticDir }),
  });
  // The referent's and co-facilitator's downloads (GET /team/export on the LAN server) too.
  joining.useExports(exports);
  let server;
  try {
    server = await startServer({
      host,
      staticDir: options.staticDir,
      port: options.port,
      exports,
    });
  } catch (error) {
    await exports.close();
    await host.close();
    const inUse = (error as { code?: unknown }).code === 'EADDRINUSE';
    fail(
      inUse
        ? `Port ${options.port} is in use. Is Dialogrum already running? Try --port 0 for any free port.`
        : `Could not start the server: ${error instanceof Error ? error.message : String(error)}`,
    );
  }

  let stopping = false;
  const stop = async () => {
    if (stopping) process.exit(130); // A second Ctrl+C: the user means it.
    stopping = true;
    try {
      await server.close();
      await exports.close();
      await host.close(); // Folds the journal into the file.
      process.exit(0);
    } catch (error) {
      fail(`Could not close cleanly: ${error instanceof Error ? error.message : String(error)}`);
    }
  };
  process.on('SIGINT', () => void stop());
  process.on('SIGTERM', () => void stop());

  // Only now: whoever waits for this line (a user, a test) may stop us at once, and that must
  // close cleanly.
  process.stdout.write(
    `Dialogrum is running at ${server.url} (projector: ${server.url}projector)\n` +
      `Workshops are kept in ${options.dataDir}. Press Ctrl+C to stop.\n`,
  );
}

main().catch((error: unknown) => {
  if (error instanceof DataFolderError) fail(error.message, SERVE_EXIT.dataFolderNotWritable);
  fail(`Dialogrum could not start: ${error instanceof Error ? error.message : String(error)}`);
});
