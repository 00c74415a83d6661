/**
 * What the shell's menu asks of the console page (Electron only), one name an item. The list is
 * closed: the preload drops any other name. Plain constants, so the preload bundle stays small.
 * To add one: a name here, a menu item in main/electron/menu.ts (`consoleItem`), and in the
 * console `useConsoleRequest(name, handler)` (renderer/src/console/settings/consoleRequests.ts).
 */
export const CONSOLE_REQUESTS = ['open-guide', 'open-shortcuts', 'export', 'next-meeting'] as const;
export type ConsoleRequest = (typeof CONSOLE_REQUESTS)[number];

export const CONSOLE_REQUEST_CHANNEL = 'dialogrum:console-request';

/** What the preload adds to `window.dialogrum` (beside shared/api.ts's DialogrumBridge). */
export interface ConsoleRequestBridge {
  onConsoleRequest(listener: (request: ConsoleRequest) => void): () => void;
}

/** The preload's bridge in Electron has it; a browser-mode page has no bridge at all. */
export function hasConsoleRequests(bridge: object | undefined): bridge is ConsoleRequestBridge {
  return (
    bridge !== undefined &&
    typeof (bridge as Partial<ConsoleRequestBridge>).onConsoleRequest === 'function'
  );
}

export function isConsoleRequest(value: unknown): value is ConsoleRequest {
  return (CONSOLE_REQUESTS as readonly unknown[]).includes(value);
}
