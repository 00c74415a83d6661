import { describe, expect, it } from 'vitest';
import { appPaths } from './appPaths';
import { FakeWebContents } from './fakeElectron';
import { hardenWebContents, isAppUrl } from './security';

const paths = appPaths('/opt/dialogrum');
const allowed = [paths.consoleUrl, paths.projectorUrl];

describe('isAppUrl', () => {
  it('accepts our own pages, with or without a query or fragment', () => {
    expect(isAppUrl(paths.consoleUrl, allowed)).toBe(true);
    expect(isAppUrl(paths.projectorUrl, allowed)).toBe(true);
    expect(isAppUrl(`${paths.consoleUrl}#/agenda`, allowed)).toBe(true);
    expect(isAppUrl(`${paths.projectorUrl}?view=timer`, allowed)).toBe(true);
  });

  it.each([
    ['another site', 'https://evil.example/'],
    ['a system file', 'file:///etc/passwd'],
    ['our path string with more after it', `${paths.consoleUrl}.evil.html`],
    [
      'a sibling file whose name starts like ours',
      paths.consoleUrl.replace('index.html', 'index.html2'),
    ],
    ['a climb out of our folder', `${paths.consoleUrl}/../../../../etc/passwd`],
    [
      'an encoded climb',
      paths.consoleUrl.replace('renderer/index.html', 'renderer/%2e%2e/%2e%2e/x.html'),
    ],
    ['a page beside ours', 'file:///opt/dialogrum/dist/renderer/other.html'],
    ['our path on another host', 'file://evil.example/opt/dialogrum/dist/renderer/index.html'],
    ['our path over http', 'http://localhost/opt/dialogrum/dist/renderer/index.html'],
    ['javascript:', 'javascript:alert(1)'],
    ['not a URL', 'index.html'],
  ])('refuses %s', (_what, url) => {
    expect(isAppUrl(url, allowed)).toBe(false);
  });
});

describe('hardenWebContents', () => {
  const hardened = (): FakeWebContents => {
    const contents = new FakeWebContents();
    hardenWebContents(contents, allowed);
    return contents;
  };

  it('prevents navigation to anything but our own pages', () => {
    const contents = hardened();
    expect(contents.navigate('https://evil.example')).toBe(false);
    expect(contents.navigate('file:///etc/passwd')).toBe(false);
    expect(contents.navigate(`${paths.consoleUrl}.evil.html`)).toBe(false);
    expect(contents.navigate(`${paths.consoleUrl}x`)).toBe(false);
    expect(contents.navigate(paths.consoleUrl)).toBe(true);
    expect(contents.navigate(paths.projectorUrl)).toBe(true);
  });

  it('guards subframe navigation the same way', () => {
    const contents = hardened();
    expect(contents.navigate('https://evil.example', 'will-frame-navigate')).toBe(false);
    expect(contents.navigate(paths.projectorUrl, 'will-frame-navigate')).toBe(true);
  });

  it('denies every window.open', () => {
    const contents = hardened();
    expect(contents.windowOpenHandler?.({ url: 'https://evil.example' })).toEqual({
      action: 'deny',
    });
    expect(contents.windowOpenHandler?.({ url: paths.consoleUrl })).toEqual({ action: 'deny' });
  });

  it('denies every permission request and check', () => {
    const { session } = hardened();
    for (const permission of ['media', 'geolocation', 'notifications', 'clipboard-read']) {
      let granted: boolean | undefined;
      session.permissionRequestHandler?.(null, permission, (answer) => {
        granted = answer;
      });
      expect(granted, permission).toBe(false);
    }
    expect(session.permissionCheckHandler?.()).toBe(false);
  });

  it('refuses to attach a <webview>', () => {
    const contents = hardened();
    let prevented = false;
    contents.emit('will-attach-webview', { preventDefault: () => (prevented = true) });
    expect(prevented).toBe(true);
  });
});
