import type { Workshop } from '../../../shared/model/workshop';
import { TEAM_EXPORT_PATH, TEAM_PRINT_PATH } from '../../../shared/team/contract';
import { loadTeamDevice, type KeyValueStore } from '../client/teamSession';

declare global {
  interface Window {
    /** Electron's printer hands the workshop in here (main/electron/electronPrinter.ts). */
    dialogrumPrintSource?: (workshopJson: string) => void;
  }
}

/*
 * The schemas that check a handed-in or fetched workshop are imported only where they are needed,
 * so zod stays out of the page's first load (the host's own state, through a preload, needs none).
 */

/** `?source=inject`: wait for the shell's printer to hand the workshop in (it has no preload). */
function injected(): Promise<Workshop> {
  return new Promise((resolve, reject) => {
    window.dialogrumPrintSource = (json) => {
      import('../../../shared/model/workshop')
        .then(({ WorkshopSchema }) => resolve(WorkshopSchema.parse(JSON.parse(json))))
        .catch((error: unknown) =>
          reject(error instanceof Error ? error : new Error(String(error))),
        );
    };
  });
}

/**
 * Where a browser reads the workshop: the server's .dialogrum export, same origin. On a team
 * device (issue 16, TEAM_PRINT_PATH) the team export, as the device that joined here: the server
 * answers only a known token of a role that may export, and the token stays out of the address.
 */
export function exportSource(pathname: string, store: KeyValueStore | null): string {
  if (pathname !== TEAM_PRINT_PATH) return './export?format=json';
  const token = loadTeamDevice(store, 'console')?.token ?? '';
  return `${TEAM_EXPORT_PATH}?token=${encodeURIComponent(token)}&format=json`;
}

function storage(): KeyValueStore | null {
  try {
    return window.localStorage;
  } catch {
    return null;
  }
}

/**
 * The workshop to print. Electron's printer hands it in (`source=inject`); with a preload, the host;
 * in a browser (browser mode, the command line's headless Chromium, a team device) the server's
 * .dialogrum export of the open workshop, read once.
 */
export async function loadWorkshop(search = window.location.search): Promise<Workshop> {
  if (new URLSearchParams(search).get('source') === 'inject') return injected();
  const bridge = window.dialogrum;
  if (bridge) {
    const response = await bridge.request('getState', undefined);
    if (!response.ok) throw new Error(response.error.message);
    return response.result.workshop;
  }
  const [res, { parseDocument }] = await Promise.all([
    fetch(exportSource(window.location.pathname, storage()), { cache: 'no-store' }),
    import('../../../shared/document/format'),
  ]);
  if (!res.ok) throw new Error(`${res.status} ${await res.text()}`);
  return parseDocument(await res.text()).workshop;
}
