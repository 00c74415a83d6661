import { z } from 'zod';
import { WorkshopSchema, type Workshop } from '../model/workshop';
import { migrations } from './migrations';
import { repairWorkshop, type RepairChange } from './repairWorkshop';

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

/** unrepairable: readable, but the workshop breaks a rule that cannot be repaired safely. */
export type DocumentErrorCode =
  'corrupt' | 'not-dialogrum' | 'newer-version' | 'invalid' | 'unrepairable';

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
  const migrated = parseEnvelope(text);
  const result = DocumentSchema.safeParse(migrated);
  if (!result.success) {
    throw new DocumentError(
      'invalid',
      `The workshop in the file is not valid: ${z.prettifyError(result.error)}`,
    );
  }
  return result.data;
}

const EnvelopeSchema = DocumentSchema.omit({ workshop: true }).extend({
  workshop: z.record(z.string(), z.unknown()),
});

export interface RepairedDocument {
  document: DialogrumDocument;
  /** What was changed to bring the workshop within WorkshopSchema's limits; empty if nothing. */
  changes: RepairChange[];
}

/**
 * As parseDocument, but a workshop that breaks a limit (too many items, too long a text, a
 * number out of range) is repaired instead of refused. A workshop broken in another way is
 * refused with code 'unrepairable': the file is readable, only its content breaks a rule.
 */
export function parseDocumentRepairing(text: string): RepairedDocument {
  const migrated = parseEnvelope(text);
  const envelope = EnvelopeSchema.safeParse(migrated);
  if (!envelope.success) {
    throw new DocumentError(
      'invalid',
      `The workshop in the file is not valid: ${z.prettifyError(envelope.error)}`,
    );
  }
  const repaired = repairWorkshop(envelope.data.workshop);
  if (!repaired.ok) {
    throw new DocumentError(
      'unrepairable',
      `The workshop in the file breaks rules Dialogrum cannot repair by itself: ${repaired.problems}`,
    );
  }
  return {
    document: { ...envelope.data, workshop: repaired.workshop },
    changes: repaired.changes,
  };
}

/** JSON, the format marker and version, migrated to the current version; not yet validated. */
function parseEnvelope(text: string): unknown {
  let raw: unknown;
  try {
    // A byte-order mark (some Windows editors write one) is not part of the JSON.
    raw = JSON.parse(text.replace(/^\uFEFF/, ''));
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
  return migrated;
}
