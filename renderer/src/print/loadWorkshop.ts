import { parseDocument } from '../../../shared/document/format';
import { WorkshopSchema, type Workshop } from '../../../shared/model/workshop';

declare global {
  interface Window {
    /** Electron's printer hands the workshop in here (main/exporters/electronPrint.ts). */
    dialogrumPrintSource?: (workshopJson: string) => void;
  }
}

/** `?source=inject`: wait for the shell's printer to hand the workshop in (it has no preload). */
function injected(): Promise<Workshop> {
  return new Promise((resolve, reject) => {
    window.dialogrumPrintSource = (json) => {
      try {
        resolve(WorkshopSchema.parse(JSON.parse(json)));
      } catch (error) {
        reject(error instanceof Error ? error : new Error(String(error)));
      }
    };
  });
}

/**
 * The workshop to print. Electron's printer hands it in (`source=inject`); with a preload, the host;
 * in a browser (browser mode, and the command line's headless Chromium) the server's .dialogrum
 * export of the open workshop, same origin, read once.
 */
export async function loadWorkshop(search = window.location.search): Promise<Workshop> {
  if (new URLSearchParams(search).get('source') === 'inject') return injected();
  const bridge = window.dialogrum;
  if (bridge) {
    const response = await bridge.request('getState', undefined);
    if (!response.ok) throw new Error(response.error.message);
    return response.result.workshop;
  }
  const res = await fetch('./export?format=json', { cache: 'no-store' });
  if (!res.ok) throw new Error(`${res.status} ${await res.text()}`);
  return parseDocument(await res.text()).workshop;
}
