import { useEffect, useRef } from 'react';
import { hasConsoleRequests, type ConsoleRequest } from '../../../../shared/consoleRequests';

/**
 * Acts on one of the shell menu's requests (shared/consoleRequests.ts), e.g. File › Export… or
 * Help › Guide. Electron only: in browser mode there is no menu and this does nothing.
 */
export function useConsoleRequest(request: ConsoleRequest, handler: () => void): void {
  const latest = useRef(handler);
  useEffect(() => {
    latest.current = handler;
  });
  useEffect(() => {
    const bridge = window.dialogrum;
    if (!hasConsoleRequests(bridge)) return;
    return bridge.onConsoleRequest((received) => {
      if (received === request) latest.current();
    });
  }, [request]);
}
