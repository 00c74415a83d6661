import { z } from 'zod';
import { WorkshopSchema, type Workshop } from '../model/workshop';
import { migrations } from './migrations';

/**
 * The `.dialogrum` file: a versioned JSON envelope around one workshop. See README › File format.
 * `revision` counts applied changes; the journal beside the file holds those after it.
 */
export const FORMAT_NAME = 'dialogrum';
export const FORMAT_VERSION = 1;

export const DocumentSchema = z.object({
  format: z.literal(FORMAT_NAME),
  formatVersion: z.literal(FORMAT_VERSION),
  revision: z.number().int().nonnegative(),
  savedAt: z.string(),
  workshop: WorkshopSchema,
});
export type DialogrumDocument = z.infer<typeof DocumentSchema>;

export type DocumentErrorCode = 'corrupt' | 'not-dialogrum' | 'newer-version' | 'invalid';

export class DocumentError extends Error {
  readonly code: DocumentErrorCode;
  constructor(code: DocumentErrorCode, message: string) {
    super(message);
    this.name = 'DocumentError';
    this.code = code;
  }
}

export function serializeDocument(workshop: Workshop, revision: number, savedAt: Date): string {
  const doc: DialogrumDocument = {
    format: FORMAT_NAME,
    formatVersion: FORMAT_VERSION,
    revision,
    savedAt: savedAt.toISOString(),
    workshop,
  };
  return JSON.stringify(doc, null, 1) + '\n';
}

/** Parse file text, migrating older versions; throws a DocumentError that says why it cannot. */
export function parseDocument(text: string): DialogrumDocument {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    throw new DocumentError(
      'corrupt',
      'The file is not valid JSON (it may be truncated or damaged).',
    );
  }
  if (
    typeof raw !== 'object' ||
    raw === null ||
    (raw as { format?: unknown }).format !== FORMAT_NAME
  ) {
    throw new DocumentError('not-dialogrum', 'The file is not a Dialogrum workshop.');
  }
  const version = (raw as { formatVersion?: unknown }).formatVersion;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
    throw new DocumentError('invalid', 'The file has no valid format version.');
  }
  if (version > FORMAT_VERSION) {
    throw new DocumentError(
      'newer-version',
      `The file was made by a newer Dialogrum (format ${version}); this version reads up to format ${FORMAT_VERSION}.`,
    );
  }
  let migrated: unknown = raw;
  for (let v = version; v < FORMAT_VERSION; v++) {
    const step = migrations[v];
    if (!step) throw new DocumentError('invalid', `No migration from format ${v}.`);
    migrated = step(migrated);
  }
  const result = DocumentSchema.safeParse(migrated);
  if (!result.success) {
    throw new DocumentError(
      'invalid',
      `The workshop in the file is not valid: ${z.prettifyError(result.error)}`,
    );
  }
  return result.data;
}
