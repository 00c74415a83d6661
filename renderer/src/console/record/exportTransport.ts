import {
  exportQuery,
  type ExportFileResult,
  type ExportRequestInput,
} from '../../../../shared/exporters/exportQuery';
import { TEAM_EXPORT_PATH, TEAM_PRINT_PATH } from '../../../../shared/team/contract';
import { teamToken } from '../../client/teamPage';

/**
 * How an export reaches the user's disk. Browser mode: a plain download link to the browser-mode
 * server's GET /export (the browser saves it; see main/server/exportEndpoint.ts for why). Electron:
 * the shell's save dialog, through `window.dialogrum.exportFile` (the file is written by the main
 * process; the page never holds the bytes). A team device: the LAN server's TEAM_EXPORT_PATH.
 */
export function exportHref(request: ExportRequestInput): string {
  // A referent's or co-facilitator's laptop (issue 16) downloads from the LAN server, as itself.
  const token = teamToken();
  if (token)
    return `${TEAM_EXPORT_PATH}?token=${encodeURIComponent(token)}&${exportQuery(request)}`;
  return `./export?${exportQuery(request)}`;
}

/** The print view of the minutes (PDF through the browser's own print to PDF). */
export function printHref(language: string, perOrganisation: boolean): string {
  const query = `lang=${language}${perOrganisation ? '&org=1' : ''}`;
  // A team device's print view fetches the workshop as that device (it reads the kept token).
  return teamToken() ? `${TEAM_PRINT_PATH}?${query}` : `./print.html?${query}`;
}

export function canSaveWithDialog(): boolean {
  return typeof window.dialogrum?.exportFile === 'function';
}

export async function saveWithDialog(request: ExportRequestInput): Promise<ExportFileResult> {
  const exportFile = window.dialogrum?.exportFile;
  if (!exportFile) return { ok: false, message: 'No save dialog here' };
  try {
    return await exportFile(request);
  } catch (error) {
    return { ok: false, message: error instanceof Error ? error.message : String(error) };
  }
}
