import { z } from 'zod';
import { CSV_SEPARATORS } from './exportCsv';
import { EXPORT_REQUEST_FORMATS, type ExportRequestInput, type QueryParams } from './exportQuery';
import { LANGUAGES } from '../languages';

/**
 * The host's check of an export request (HTTP and IPC alike); the console builds requests with
 * the zod-free shared/exporters/exportQuery.ts, from whose lists this schema is made.
 */
export const ExportRequestSchema = z.strictObject({
  format: z.enum(EXPORT_REQUEST_FORMATS),
  language: z.enum(LANGUAGES).default('da'),
  separator: z.enum(CSV_SEPARATORS).default(';'),
  /** xlsx: a sheet per organisation as well; docx and pdf: a page per organisation instead of the minutes. */
  perOrganisation: z.boolean().default(false),
});
export type ExportRequest = z.infer<typeof ExportRequestSchema>;

// The console's hand-written request type and the schema's input are one shape: a field added to
// one and not the other fails the typecheck here.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const sameShape: Same<z.input<typeof ExportRequestSchema>, ExportRequestInput> = true;
void sameShape;

/** Read a query string back into a request; null when it is not a valid one. */
export function parseExportQuery(params: QueryParams): ExportRequest | null {
  const org = params.get('org');
  const parsed = ExportRequestSchema.safeParse({
    format: params.get('format') ?? undefined,
    language: params.get('lang') ?? undefined,
    separator: params.get('sep') ?? undefined,
    perOrganisation: org === null ? undefined : org === '1',
  });
  return parsed.success ? parsed.data : null;
}
