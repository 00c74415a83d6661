import fs from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { CSV_SEPARATORS, type CsvSeparator } from '../../shared/exporters/exportCsv';
import { LANGUAGES, type Language } from '../../shared/languages';
import { writeFileAtomic } from '../platform/atomicWrite';
import {
  IDEAS_IN_MINUTES,
  KILLERS_IN_MINUTES,
  type MinutesOptions,
} from '../../shared/model/minutesOptions';
import type { Workshop } from '../../shared/model/workshop';
import {
  EXPORT_REQUEST_FORMATS,
  type ExportRequestFormat,
} from '../../shared/exporters/exportQuery';
import type { CliCommand, CliIo } from './cliTypes';
import { CliError, EXIT, EXIT_CODES_TEXT } from './exitCodes';
import { refuseProtectedOutput } from './outputGuard';
import { readWorkshopFile } from './readWorkshopFile';

export const EXPORT_USAGE = `Usage: dialogrum export <workshop.dialogrum> --format <format> --out <path> [options]

Export a workshop's record: the who-does-what-when list, the minutes, or the whole workshop.

Formats:
  xlsx   the action list as an Excel workbook (dates as dates, autofilter)
  csv    the action list as CSV (UTF-8 with BOM)
  md     the minutes and the action list as Markdown
  ics    the dated actions as a calendar (all-day events)
  docx   the minutes as a Word document
  json   the whole workshop as a .dialogrum file (imports back to an equal workshop)
  pdf    the minutes as PDF: the app's print view printed by a headless Chromium
         (/usr/bin/chromium, or DIALOGRUM_CHROMIUM=<path>; exit code 6 when none is found)

Options:
  -f, --format <format>   one of the formats above (required)
  -o, --out <path>        the file to write; an existing folder (or a path ending in /,
                          made if missing) gets the suggested file name (required). Never
                          the workshop, its journal, .bak or copies kept aside (exit 8)
      --lang da|en        the record's language (default da)
      --separator ';'|',' csv only: the field separator (default ';'; also: semicolon, comma)
      --per-organisation  xlsx: a sheet per organisation as well, and an index sheet;
                          docx: a page per organisation with only its actions, or into
                          a folder (--out DIR/) a file per organisation;
                          pdf: the same as docx
      --generated-at <ISO date-time>
                          the time written into the file (default now), for repeatable output

Minutes options (md, docx, pdf; by default what the workshop saved on the export screen):
      --killers omitted|counted|named
                          the idea killers: left out, counted per room without names
                          (the app's default), or with who said each one
      --authors, --no-authors
                          who each idea came from (default off)
      --dots, --no-dots   each idea's dot count (default on)
      --ideas all|clustered|none
                          every idea, only the clusters with their ideas, or none
      --evaluation, --no-evaluation
                          the evaluation of the collaboration, when it was scored (default on)
  -h, --help              show this help

The workshop's journal (<file>.journal) is replayed, read-only: the file is never changed.

${EXIT_CODES_TEXT}`;

function usage(message: string): CliError {
  return new CliError(EXIT.usage, `${message}\nRun "dialogrum export --help" for the options.`);
}

function oneOf<T extends string>(value: string, allowed: readonly T[], what: string): T {
  if ((allowed as readonly string[]).includes(value)) return value as T;
  throw usage(`Unknown ${what} "${value}": use one of ${allowed.join(', ')}.`);
}

const SEPARATOR_WORDS: Record<string, CsvSeparator> = { semicolon: ';', comma: ',' };

interface ExportArgs {
  file: string;
  format: ExportRequestFormat;
  out: string;
  language: Language;
  separator: CsvSeparator | undefined;
  perOrganisation: boolean;
  generatedAt: Date | undefined;
  /** Over the workshop's saved minutes options: only what the flags name. */
  minutesOptions: Partial<MinutesOptions>;
  help: boolean;
}

export function parseExportArgs(args: string[]): ExportArgs {
  let parsed;
  try {
    parsed = parseArgs({
      args,
      allowPositionals: true,
      // --no-authors, --no-dots, --no-evaluation.
      allowNegative: true,
      strict: true,
      options: {
        format: { type: 'string', short: 'f' },
        out: { type: 'string', short: 'o' },
        lang: { type: 'string' },
        separator: { type: 'string' },
        'per-organisation': { type: 'boolean' },
        'generated-at': { type: 'string' },
        killers: { type: 'string' },
        authors: { type: 'boolean' },
        dots: { type: 'boolean' },
        ideas: { type: 'string' },
        evaluation: { type: 'boolean' },
        help: { type: 'boolean', short: 'h' },
      },
    });
  } catch (error) {
    throw usage(error instanceof Error ? error.message : String(error));
  }
  const { values, positionals } = parsed;
  const help = values.help ?? false;
  if (help) {
    return {
      help,
      file: '',
      format: 'json',
      out: '',
      language: 'da',
      separator: undefined,
      perOrganisation: false,
      generatedAt: undefined,
      minutesOptions: {},
    };
  }
  if (positionals.length !== 1) {
    throw usage(
      positionals.length === 0
        ? 'Which workshop file? Give its path.'
        : `One workshop file at a time (got ${positionals.length}).`,
    );
  }
  if (values.format === undefined) throw usage('Missing --format.');
  const format = oneOf(values.format, EXPORT_REQUEST_FORMATS, 'format');
  if (values.out === undefined || values.out === '') throw usage('Missing --out.');
  const language = oneOf(values.lang ?? 'da', LANGUAGES, 'language');
  let separator: CsvSeparator | undefined;
  if (values.separator !== undefined) {
    if (format !== 'csv') throw usage('--separator applies to --format csv only.');
    separator =
      SEPARATOR_WORDS[values.separator] ?? oneOf(values.separator, CSV_SEPARATORS, 'separator');
  }
  const perOrganisation = values['per-organisation'] ?? false;
  if (perOrganisation && format !== 'xlsx' && format !== 'docx' && format !== 'pdf') {
    throw usage('--per-organisation applies to xlsx, docx and pdf only.');
  }
  let generatedAt: Date | undefined;
  if (values['generated-at'] !== undefined) {
    generatedAt = new Date(values['generated-at']);
    if (Number.isNaN(generatedAt.getTime())) {
      throw usage(
        `--generated-at "${values['generated-at']}" is not a date-time (e.g. 2026-11-25T12:00:00Z).`,
      );
    }
  }
  const minutesOptions: Partial<MinutesOptions> = {};
  if (values.killers !== undefined) {
    minutesOptions.killers = oneOf(values.killers, KILLERS_IN_MINUTES, '--killers value');
  }
  if (values.ideas !== undefined) {
    minutesOptions.ideas = oneOf(values.ideas, IDEAS_IN_MINUTES, '--ideas value');
  }
  for (const flag of ['authors', 'dots', 'evaluation'] as const) {
    const value = values[flag];
    if (value !== undefined) minutesOptions[flag] = value;
  }
  if (Object.keys(minutesOptions).length > 0 && !['md', 'docx', 'pdf'].includes(format)) {
    throw usage('The minutes options apply to md, docx and pdf only.');
  }
  return {
    help,
    file: positionals[0] ?? '',
    format,
    out: values.out,
    language,
    separator,
    perOrganisation,
    generatedAt,
    minutesOptions,
  };
}

async function isDirectory(target: string): Promise<boolean> {
  try {
    return (await fs.stat(target)).isDirectory();
  } catch {
    return false;
  }
}

/**
 * The file(s) to write, from the export service (its worker thread; a PDF through a headless
 * Chromium): docx or pdf per organisation into a folder is a file per organisation.
 */
async function exportFiles(
  workshop: Workshop,
  revision: number,
  options: ExportArgs,
  intoFolder: boolean,
  io: CliIo,
) {
  // Loaded only now: --help and a typo need not wait for the exporters.
  const { createExportService } = await import('../exporters/exportService');
  const { createChromiumPrinter } = await import('../exporters/chromiumPrinter');
  const { PdfPrintError } = await import('../exporters/pdfPrinter');
  const service = createExportService({ printer: createChromiumPrinter() });
  try {
    return await service.export(workshop, {
      format: options.format,
      language: options.language,
      generatedAt: options.generatedAt ?? io.now(),
      perOrganisation: options.perOrganisation,
      filePerOrganisation: intoFolder,
      revision,
      minutesOptions: options.minutesOptions,
      ...(options.separator ? { separator: options.separator } : {}),
    });
  } catch (error) {
    if (error instanceof PdfPrintError && error.unavailable) {
      throw new CliError(EXIT.noChromium, error.message);
    }
    const reason = error instanceof Error ? error.message : String(error);
    throw new CliError(EXIT.exportFailed, `The ${options.format} export failed: ${reason}`);
  } finally {
    await service.close();
  }
}

async function runExport(args: string[], io: CliIo) {
  const options = parseExportArgs(args);
  if (options.help) {
    io.stdout(`${EXPORT_USAGE}\n`);
    return EXIT.ok;
  }
  const file = path.resolve(io.cwd, options.file);
  const { workshop, revision, warnings } = await readWorkshopFile(file);
  for (const warning of warnings) io.stderr(`Warning: ${warning}\n`);
  const outArg = path.resolve(io.cwd, options.out);
  // Before anything is made: a folder named like the journal would be as bad as a file there.
  await refuseProtectedOutput(file, outArg);
  const intoFolder = /[/\\]$/.test(options.out) || (await isDirectory(outArg));
  const results = await exportFiles(workshop, revision, options, intoFolder, io);
  const targets = results.map((r) => (intoFolder ? path.join(outArg, r.fileName) : outArg));
  for (const target of targets) await refuseProtectedOutput(file, target);
  try {
    if (intoFolder) await fs.mkdir(outArg, { recursive: true });
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new CliError(EXIT.exportFailed, `Could not make the folder ${outArg}: ${reason}`);
  }
  for (const [i, result] of results.entries()) {
    const target = targets[i] ?? outArg;
    try {
      await writeFileAtomic(target, result.bytes);
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      throw new CliError(EXIT.exportFailed, `Could not write ${target}: ${reason}`);
    }
    io.stdout(`${target}\n`);
  }
  return EXIT.ok;
}

export const exportCommand: CliCommand = {
  name: 'export',
  summary: 'export a workshop as xlsx, csv, md, ics, docx, pdf or json',
  usage: EXPORT_USAGE,
  run: runExport,
};
