import { evaluationScoresCsv } from '../../../../shared/evaluation/evaluationExport';
import { buildEvaluationRecord } from '../../../../shared/evaluation/evaluationRecord';
import type { Workshop } from '../../../../shared/model/workshop';
import type { Language } from '../../../../shared/languages';

/**
 * The raw scores as a CSV file, made here from the workshop the console already holds and saved
 * by the browser (or Electron's save dialog): nothing leaves the laptop. False when there are none.
 */
export function downloadScores(
  workshop: Pick<Workshop, 'evaluation' | 'title' | 'date'>,
  lang: Language,
): boolean {
  const record = buildEvaluationRecord(workshop, lang);
  if (!record) return false;
  const csv = evaluationScoresCsv(record, ';');
  const url = URL.createObjectURL(new Blob([csv], { type: 'text/csv;charset=utf-8' }));
  const link = document.createElement('a');
  const stem = [record.strings.fileName, workshop.title.trim(), workshop.date]
    .filter((p) => p !== '')
    .join(' - ')
    .replace(/[\\/:*?"<>|]/g, ' ');
  link.href = url;
  link.download = `${stem}.csv`;
  link.click();
  // Revoked after the click has started the download.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
  return true;
}
