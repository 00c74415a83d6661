import { useCallback, useSyncExternalStore } from 'react';
import type { HostPayload } from '../../../shared/api';
import type { Settings } from '../../../shared/settings';
import { DEFAULT_SETTINGS } from '../../../shared/settingsCatalogue';
import type { WorkshopState } from '../client/workshopStore';
import { useRequest, useWorkshopSelect } from './hostContext';

/** The host's settings, or the defaults until they have arrived; renders on their changes only. */
export function useSettings(): Settings {
  return useWorkshopSelect(selectSettings) ?? DEFAULT_SETTINGS;
}

/** For useWorkshopSelect: the settings as the host last sent them (null until then). */
export const selectSettings = (state: WorkshopState): Settings | null => state.settings;

export type UpdateSettings = (changes: HostPayload<'updateSettings'>) => Promise<boolean>;

/** Change some settings; every window hears of it through the host's settings event. */
export function useUpdateSettings(): UpdateSettings {
  const request = useRequest();
  return useCallback(
    async (changes) => (await request('updateSettings', changes)) !== undefined,
    [request],
  );
}

const DARK_QUERY = '(prefers-color-scheme: dark)';

function subscribeScheme(listener: () => void): () => void {
  const query = window.matchMedia(DARK_QUERY);
  query.addEventListener('change', listener);
  return () => query.removeEventListener('change', listener);
}

/** The theme in force: 'auto' follows the system's light or dark preference. */
export function useResolvedTheme(): 'light' | 'dark' {
  const { theme } = useSettings();
  const systemDark = useSyncExternalStore(
    subscribeScheme,
    () => window.matchMedia(DARK_QUERY).matches,
  );
  if (theme === 'auto') return systemDark ? 'dark' : 'light';
  return theme;
}
