/**
 * Locks down every webContents the app creates (after Electron's security checklist): no
 * navigation away from our own two pages, no new windows, no permissions, no <webview>.
 * Typed structurally so the tests can hand in small fakes; Electron's objects satisfy these shapes.
 */

export interface NavigationEvent {
  readonly url: string;
  preventDefault(): void;
}

export interface GuardedSession {
  setPermissionRequestHandler(
    handler: (
      webContents: unknown,
      permission: string,
      callback: (granted: boolean) => void,
    ) => void,
  ): void;
  setPermissionCheckHandler(handler: () => boolean): void;
}

export interface GuardedContents {
  on(event: 'will-navigate', listener: (event: NavigationEvent) => void): unknown;
  on(event: 'will-frame-navigate', listener: (event: NavigationEvent) => void): unknown;
  on(event: 'will-attach-webview', listener: (event: { preventDefault(): void }) => void): unknown;
  setWindowOpenHandler(handler: () => { action: 'deny' }): void;
  readonly session: GuardedSession;
}

/**
 * True only when `candidate` is the same document as one of `allowed`: same protocol, host and
 * path after URL parsing (which resolves `..` and percent-encoded dots). Query and fragment may
 * differ. A prefix match would let `…/index.html.evil.html` or `…/index.html/../../x` through.
 */
export function isAppUrl(candidate: string, allowed: readonly string[]): boolean {
  let url: URL;
  try {
    url = new URL(candidate);
  } catch {
    return false;
  }
  return allowed.some((entry) => {
    const own = new URL(entry);
    return url.protocol === own.protocol && url.host === own.host && url.pathname === own.pathname;
  });
}

export function denyAllPermissions(session: GuardedSession): void {
  // The app needs no camera, notifications, geolocation, clipboard reads or fullscreen API: the
  // shell itself puts the projector into full screen.
  session.setPermissionRequestHandler((_webContents, _permission, callback) => callback(false));
  session.setPermissionCheckHandler(() => false);
}

export function hardenWebContents(contents: GuardedContents, allowedUrls: readonly string[]): void {
  const guard = (event: NavigationEvent): void => {
    if (!isAppUrl(event.url, allowedUrls)) event.preventDefault();
  };
  contents.on('will-navigate', guard);
  // Subframes too: there should be none, but if one appears it stays on our pages.
  contents.on('will-frame-navigate', guard);
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(() => ({ action: 'deny' }));
  denyAllPermissions(contents.session);
}
