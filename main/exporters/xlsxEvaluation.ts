import type ExcelJS from 'exceljs';
import type { EvaluationRecord } from '../../shared/evaluation/evaluationRecord';

/**
 * The evaluation's raw scores as a sheet of their own: one row per score, anonymous (a random
 * response id, the form, the pair for relational coordination, the question, the score as a number).
 */
export function addEvaluationSheet(
  workbook: ExcelJS.stream.xlsx.WorkbookWriter,
  name: string,
  record: EvaluationRecord,
): void {
  const s = record.strings;
  const sheet = workbook.addWorksheet(name, {
    views: [{ state: 'frozen', xSplit: 0, ySplit: 1, activeCell: 'A2' }],
  });
  sheet.columns = [
    { key: 'responseId', header: s.responseId, width: 24 },
    { key: 'form', header: s.form, width: 36 },
    { key: 'group', header: s.group, width: 36 },
    { key: 'item', header: s.item, width: 60, style: { alignment: { wrapText: true } } },
    { key: 'score', header: s.score, width: 8 },
  ];
  const header = sheet.getRow(1);
  header.font = { bold: true };
  sheet.autoFilter = {
    from: { row: 1, column: 1 },
    to: { row: Math.max(1, record.scores.length + 1), column: 5 },
  };
  header.commit();
  for (const r of record.scores) {
    sheet.addRow([r.responseId, r.form, r.group, r.item, r.score]).commit();
  }
  sheet.commit();
}
