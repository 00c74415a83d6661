import { useEffect, useRef } from 'react';
import { registerFirstClickerHandler } from './clicker';
import { useIsFacilitator } from './roleContext';
import { useSettings, useUpdateSettings } from './useSettings';

/**
 * PageDown / PageUp turn the projector's page while its view has one left in that direction;
 * on the last (or first) page they keep their usual meaning. Used on the projector and on the
 * console (the clicker talks to whichever window has the focus).
 */
export function useProjectorPageKeys(): void {
  const { projectorPage } = useSettings();
  const update = useUpdateSettings();
  // The page is a setting: a team device (issue 16) leaves the keys their usual meaning.
  const mayTurn = useIsFacilitator();
  const latest = useRef({ projectorPage, update, mayTurn });
  useEffect(() => {
    latest.current = { projectorPage, update, mayTurn };
  });
  useEffect(
    () =>
      registerFirstClickerHandler((action) => {
        const { projectorPage: current, update: send, mayTurn: may } = latest.current;
        if (!may || current.view === '' || current.pages <= 1) return false;
        const page = current.page + (action === 'next' ? 1 : -1);
        if (page < 0 || page >= current.pages) return false;
        void send({ projectorPage: { ...current, page } });
        return true;
      }),
    [],
  );
}
