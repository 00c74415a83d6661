import { homedir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { DEFAULT_PORT, parseServeArgs, wantsHelp } from './serveOptions';

const defaults = { scriptDir: '/app/dist/main', cwd: '/work' };

describe('parseServeArgs', () => {
  it('defaults to port 5170 and ~/Dialogrum', () => {
    const options = parseServeArgs([], defaults);
    expect(options.port).toBe(DEFAULT_PORT);
    expect(options.dataDir).toBe(path.join(homedir(), 'Dialogrum'));
    expect(options.open).toBeUndefined();
  });

  it('reads port 0, a relative data dir and a file to open', () => {
    const options = parseServeArgs(
      ['--port', '0', '--data-dir', 'data', '--open=~/w.dialogrum'],
      defaults,
    );
    expect(options.port).toBe(0);
    expect(options.dataDir).toBe('/work/data');
    expect(options.open).toBe(path.join(homedir(), 'w.dialogrum'));
  });

  it.each(['abc', '-1', '70000', '1.5', ''])('refuses --port %s', (port) => {
    expect(() => parseServeArgs(['--port', port], defaults)).toThrow(/--port/);
  });

  it('refuses unknown options', () => {
    expect(() => parseServeArgs(['--host', '0.0.0.0'], defaults)).toThrow();
  });

  it('reads where phones join, and refuses a wildcard or a name', () => {
    expect(parseServeArgs([], defaults)).toMatchObject({ phoneHost: undefined, phonePort: 5171 });
    expect(
      parseServeArgs(['--phone-host', '127.0.0.1', '--phone-port', '0'], defaults),
    ).toMatchObject({ phoneHost: '127.0.0.1', phonePort: 0 });
    expect(() => parseServeArgs(['--phone-host', '0.0.0.0'], defaults)).toThrow(/one address/);
    expect(() => parseServeArgs(['--phone-host', 'evil.example'], defaults)).toThrow(/IP/);
    expect(() => parseServeArgs(['--phone-port', 'x'], defaults)).toThrow(/--phone-port/);
  });

  it('keeps workshops under DIALOGRUM_HOME as the desktop app does, unless --data-dir says', () => {
    const withHome = { ...defaults, home: '/portable' };
    expect(parseServeArgs([], withHome).dataDir).toBe('/portable/Documents/Dialogrum');
    expect(parseServeArgs([], { ...defaults, home: 'usb' }).dataDir).toBe(
      '/work/usb/Documents/Dialogrum',
    );
    expect(parseServeArgs(['--data-dir', 'mine'], withHome).dataDir).toBe('/work/mine');
    expect(parseServeArgs([], { ...defaults, home: '' }).dataDir).toBe(
      path.join(homedir(), 'Dialogrum'),
    );
  });
});

describe('wantsHelp', () => {
  it('finds --help or -h wherever it is, even beside a bad or unknown option', () => {
    expect(wantsHelp(['--help'])).toBe(true);
    expect(wantsHelp(['-h'])).toBe(true);
    expect(wantsHelp(['--port', 'x', '--bogus', '--help'])).toBe(true);
    expect(wantsHelp([])).toBe(false);
    expect(wantsHelp(['--port', '0', '--open', 'help.dialogrum'])).toBe(false);
  });
});
