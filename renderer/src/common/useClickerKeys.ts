import { useEffect, useRef } from 'react';
import { activeRoom } from './activeRoom';
import { isStepAction, registerClickerHandler, runClicker } from './clicker';
import { useHost, useSend } from './hostContext';
import { useCan, useIsFacilitator } from './roleContext';
import { clickerActionFor, SHEET_KEY } from './shortcuts';
import { isTextEntry } from './textEntry';
import { useSettings, useUpdateSettings } from './useSettings';

/** Keys typed into a field or a list box belong to it, never to the clicker. */
function ownsKeys(target: EventTarget | null): boolean {
  return isTextEntry(target) || target instanceof HTMLSelectElement;
}

/**
 * The presenter clicker and its keys, on the console and the projector page: next / previous
 * (through the clicker registry; by default the room), blank, present, leave; `?` opens the
 * shortcut sheet where there is one.
 */
export function useClickerKeys(page: 'console' | 'projector', onSheet?: () => void): void {
  const { store } = useHost();
  const send = useSend();
  const settings = useSettings();
  const updateSettings = useUpdateSettings();
  // A team device (issue 16) moves the room only if its role may; blank is a setting.
  const mayMove = useCan('room.next');
  const mayBlank = useIsFacilitator();
  const latest = useRef({ settings, onSheet, updateSettings, mayMove, mayBlank });
  useEffect(() => {
    latest.current = { settings, onSheet, updateSettings, mayMove, mayBlank };
  });

  // The default meaning of next / previous: the next or previous room of the running point.
  useEffect(
    () =>
      registerClickerHandler((action) => {
        if (!latest.current.mayMove) return false;
        const workshop = store.getState().snapshot?.workshop;
        const { point } = workshop ? activeRoom(workshop) : { point: null };
        if (!point || point.roomIndex === null) return false;
        const at = point.roomIndex;
        if (action === 'next' && at >= point.roomPlan.length - 1) return false;
        if (action === 'previous' && at <= 0) return false;
        void send({ type: action === 'next' ? 'room.next' : 'room.previous' });
        return true;
      }),
    [store, send],
  );

  useEffect(() => {
    function onKeyDown(e: KeyboardEvent): void {
      if (e.defaultPrevented || ownsKeys(e.target)) return;
      const { settings: current, onSheet: openSheet, updateSettings: update } = latest.current;
      if (e.key === SHEET_KEY && openSheet && !e.ctrlKey && !e.metaKey && !e.altKey) {
        e.preventDefault();
        openSheet();
        return;
      }
      const action = clickerActionFor(e, current.keyMap);
      if (!action) return;
      if (isStepAction(action)) {
        // PageDown would otherwise scroll the page as well.
        e.preventDefault();
        runClicker(action);
        return;
      }
      if (e.repeat) return; // A held key must not flicker the projector on and off.
      if (action === 'blank') {
        e.preventDefault();
        if (!latest.current.mayBlank) return;
        void update({ projectorMode: current.projectorMode === 'blank' ? 'normal' : 'blank' });
      } else if (action === 'present') {
        // In the browser F5 would reload the page mid-meeting. Only the projector page, when it
        // is the one in front, can go full screen; the Electron shell handles F5 itself (this
        // page never sees it there).
        e.preventDefault();
        if (page !== 'projector' || !document.hasFocus()) return;
        if (document.fullscreenElement) void document.exitFullscreen().catch(() => {});
        else void document.documentElement.requestFullscreen().catch(() => {});
      } else if (action === 'leave' && document.fullscreenElement) {
        e.preventDefault();
        void document.exitFullscreen().catch(() => {});
      }
    }
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [page]);
}
