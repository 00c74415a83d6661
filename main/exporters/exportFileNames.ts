import type { ExportRequestFormat } from '../../shared/exporters/exportQuery';
import type { OrganisationGroup, WorkshopRecord } from '../../shared/exporters/record';
import { safeFileStem } from '../../shared/safeFileStem';

/**
 * The names an export suggests, e.g. "Handlinger - Styregruppen - 2026-11-19.xlsx": light (no
 * exporter loaded), so the export service can name a PDF without the Office libraries.
 */
export const EXTENSIONS: Readonly<Record<ExportRequestFormat, string>> = {
  xlsx: '.xlsx',
  csv: '.csv',
  md: '.md',
  ics: '.ics',
  docx: '.docx',
  json: '.dialogrum',
  pdf: '.pdf',
};

function titleStem(record: WorkshopRecord): string {
  return safeFileStem(record.title).slice(0, 60).trim();
}

/** The one file's name; per organisation, xlsx, docx and pdf say so ("Handlinger pr. organisation"). */
export function suggestedFileName(
  record: WorkshopRecord,
  format: ExportRequestFormat,
  perOrganisation: boolean,
): string {
  const s = record.strings.files;
  const title = titleStem(record);
  if (format === 'json') return `${title}${EXTENSIONS.json}`;
  const byOrganisation = perOrganisation && ['xlsx', 'docx', 'pdf'].includes(format);
  const kind = byOrganisation
    ? s.perOrganisation
    : format === 'md' || format === 'docx' || format === 'pdf'
      ? s.minutes
      : format === 'ics'
        ? s.calendar
        : s.actions;
  const parts = [kind, title, record.date].filter((p) => p !== '');
  return `${safeFileStem(parts.join(' - '))}${EXTENSIONS[format]}`;
}

/** `stem`, or `stem (2)`… when a name differing only in case is taken (case-insensitive disks). */
function uniqueStem(stem: string, taken: Set<string>): string {
  for (let n = 1; ; n++) {
    const name = n === 1 ? stem : `${stem} (${n})`;
    const key = name.toLocaleLowerCase('da');
    if (!taken.has(key)) {
      taken.add(key);
      return name;
    }
  }
}

/**
 * Each organisation with the name (without extension) of its own file:
 * "Handlinger for Aalborg Kommune - <title> - <date>", unique on a case-insensitive disk. For the
 * docx and the PDF per organisation alike.
 */
export function organisationFiles(
  record: WorkshopRecord,
): { group: OrganisationGroup; stem: string }[] {
  const title = titleStem(record);
  const taken = new Set<string>();
  return record.organisations.map((group) => {
    const who = record.strings.minutes.actionsFor(safeFileStem(group.organisation).slice(0, 80));
    const stem = uniqueStem(
      safeFileStem([who, title, record.date].filter((p) => p !== '').join(' - ')),
      taken,
    );
    return { group, stem };
  });
}
