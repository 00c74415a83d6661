import { parseDocument } from '../../../shared/document/format';
import type { Workshop } from '../../../shared/model/workshop';

/**
 * The workshop to print. In Electron, the host through the preload; in a browser (browser mode,
 * and the command line's headless Chromium) the server's .dialogrum export of the open workshop,
 * same origin, read once.
 */
export async function loadWorkshop(): Promise<Workshop> {
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
