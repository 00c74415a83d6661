import { existsSync } from 'node:fs';
import { homedir } from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';

export const DEFAULT_PORT = 5170;

export interface ServeOptions {
  /** 0 = any free port. */
  port: number;
  /** The documents folder, with settings.json in it. */
  dataDir: string;
  /** A .dialogrum file to open at start instead of the most recent one. */
  open: string | undefined;
  staticDir: string;
  /** Where phones connect while joining is open; undefined = the laptop's local network address. */
  phoneHost: string | undefined;
  /** The phone server's port (0 = any free port). */
  phonePort: number;
}

/** The phone server's port when joining opens (issue 8); a taken port falls back to any free one. */
export const DEFAULT_PHONE_PORT = 5171;

/** Exit codes of browser mode: 1 any failure to start, 7 a data folder that cannot be written. */
export const SERVE_EXIT = { failed: 1, dataFolderNotWritable: 7 } as const;

export const USAGE = `Usage: npm run serve -- [options]   (or: node dist/main/serve.js [options])
  --port        port on 127.0.0.1 (default 5170; 0 = any free port)
  --data-dir    where workshops and settings are kept (default ~/Dialogrum, or
                $DIALOGRUM_HOME/Documents/Dialogrum when DIALOGRUM_HOME is set)
  --open        open this workshop file at start
  --static-dir  the built renderer (default: dist/renderer beside this script)
  --phone-host  the address phones join on while joining is open (default: this laptop's
                local network address; 127.0.0.1 for tests)
  --phone-port  the port phones join on (default 5171; 0 = any free port)
  --help        show this text
Exits 1 when it cannot start, 7 when the data folder cannot be written.`;

/** `~` and `~/x` as a shell would expand them, for values passed with `--opt=~/x`. */
function expandHome(value: string): string {
  if (value === '~') return homedir();
  if (value.startsWith('~/')) return path.join(homedir(), value.slice(2));
  return value;
}

/**
 * Browser mode's data folder under DIALOGRUM_HOME: where the desktop app keeps its workshops
 * under it (main/electron/appPaths.ts: homeFolders(home).documents + Dialogrum), so both modes of
 * one portable folder see the same workshops. Written out here because the host's layers do not
 * import the Electron shell's folder; main/electron/main.test.ts and main/serve.test.ts pin the
 * same path.
 */
export function homeDataDir(home: string): string {
  return path.join(home, 'Documents', 'Dialogrum');
}

/** The built renderer: dist/renderer beside dist/main/serve.js, else under the working folder. */
export function defaultStaticDir(scriptDir: string, cwd: string): string {
  const candidates = [path.resolve(scriptDir, '../renderer'), path.resolve(cwd, 'dist/renderer')];
  return candidates.find((dir) => existsSync(path.join(dir, 'index.html'))) ?? candidates[0]!;
}

const OPTIONS = {
  port: { type: 'string' },
  'data-dir': { type: 'string' },
  open: { type: 'string' },
  'static-dir': { type: 'string' },
  'phone-host': { type: 'string' },
  'phone-port': { type: 'string' },
} as const;

/**
 * `--help` or `-h` anywhere: the usage, whatever else is on the line (even an unknown option or
 * a bad port), so asking for help never starts with an error.
 */
export function wantsHelp(argv: readonly string[]): boolean {
  const { values } = parseArgs({
    args: [...argv],
    options: { ...OPTIONS, help: { type: 'boolean', short: 'h' } },
    strict: false,
    allowPositionals: true,
  });
  return values.help === true;
}

/** Parses the command line; throws an Error whose message is fit for the user. */
export function parseServeArgs(
  argv: readonly string[],
  defaults: {
    scriptDir: string;
    cwd: string;
    /** DIALOGRUM_HOME, if set: the data folder is then under it (see homeDataDir). */
    home?: string | undefined;
  },
): ServeOptions {
  const { values } = parseArgs({
    args: [...argv],
    options: OPTIONS,
    strict: true,
    allowPositionals: false,
  });
  const port = parsePort('--port', values.port ?? String(DEFAULT_PORT));
  const phonePort = parsePort('--phone-port', values['phone-port'] ?? String(DEFAULT_PHONE_PORT));
  const phoneHost = values['phone-host'];
  // An address, not a wildcard: phones must find the laptop where the QR code says.
  if (
    phoneHost !== undefined &&
    !/^(\d{1,3}\.){3}\d{1,3}$|^[0-9a-f:]*:[0-9a-f:]*$/i.test(phoneHost)
  ) {
    throw new Error(`--phone-host must be an IP address, not "${phoneHost}"`);
  }
  if (phoneHost === '0.0.0.0' || phoneHost === '::') {
    throw new Error('--phone-host must be one address, not every address');
  }
  const resolve = (value: string) => path.resolve(defaults.cwd, expandHome(value));
  return {
    port,
    dataDir:
      values['data-dir'] !== undefined
        ? resolve(values['data-dir'])
        : defaults.home
          ? homeDataDir(resolve(defaults.home))
          : path.join(homedir(), 'Dialogrum'),
    open: values.open === undefined ? undefined : resolve(values.open),
    staticDir: values['static-dir']
      ? resolve(values['static-dir'])
      : defaultStaticDir(defaults.scriptDir, defaults.cwd),
    phoneHost,
    phonePort,
  };
}

function parsePort(option: string, text: string): number {
  const port = Number(text);
  if (!/^\d+$/.test(text) || port > 65535) {
    throw new Error(`${option} must be a whole number from 0 to 65535, not "${text}"`);
  }
  return port;
}
