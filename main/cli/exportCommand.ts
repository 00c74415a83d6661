import fs from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { CSV_SEPARATORS, type CsvSeparator } from '../../shared/exporters/exportCsv';
import { EXPORT_LANGUAGES, type ExportLanguage } from '../../shared/exporters/exportStrings';
import { writeFileAtomic } from '../platform/atomicWrite';
import type { Workshop } from '../../shared/model/workshop';
import { EXPORT_FORMATS } from '../exporters/exportFormats';
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
                          pdf: a page per organisation with only its actions
      --generated-at <ISO date-time>
                          the time written into the file (default now), for repeatable output
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

const CLI_FORMATS = [...EXPORT_FORMATS, 'pdf'] as const;
type CliFormat = (typeof CLI_FORMATS)[number];

interface ExportArgs {
  file: string;
  format: CliFormat;
  out: string;
  language: ExportLanguage;
  separator: CsvSeparator | undefined;
  perOrganisation: boolean;
  generatedAt: Date | undefined;
  help: boolean;
}

export function parseExportArgs(args: string[]): ExportArgs {
  let parsed;
  try {
    parsed = parseArgs({
      args,
      allowPositionals: true,
      strict: true,
      options: {
        format: { type: 'string', short: 'f' },
        out: { type: 'string', short: 'o' },
        lang: { type: 'string' },
        separator: { type: 'string' },
        'per-organisation': { type: 'boolean' },
        'generated-at': { type: 'string' },
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
  const format = oneOf(values.format, CLI_FORMATS, 'format');
  if (values.out === undefined || values.out === '') throw usage('Missing --out.');
  const language = oneOf(values.lang ?? 'da', EXPORT_LANGUAGES, 'language');
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
  return {
    help,
    file: positionals[0] ?? '',
    format,
    out: values.out,
    language,
    separator,
    perOrganisation,
    generatedAt,
  };
}

async function isDirectory(target: string): Promise<boolean> {
  try {
    return (await fs.stat(target)).isDirectory();
  } catch {
    return false;
  }
}

/** The minutes' print view through a headless Chromium (main/cli/printPdf.ts). */
async function exportPdf(workshop: Workshop, options: ExportArgs, io: CliIo) {
  const { printPdf } = await import('./printPdf');
  const { buildRecord } = await import('../../shared/exporters/record');
  const { safeFileStem } = await import('../exporters/exportWorkshop');
  const generatedAt = options.generatedAt ?? io.now();
  const bytes = await printPdf(workshop, {
    language: options.language,
    perOrganisation: options.perOrganisation,
    generatedAt,
  });
  const record = buildRecord(workshop, {
    language: options.language,
    today: generatedAt.toISOString().slice(0, 10),
  });
  const files = record.strings.files;
  const kind = options.perOrganisation ? files.perOrganisation : files.minutes;
  const title = safeFileStem(record.title).slice(0, 60).trim();
  const stem = safeFileStem([kind, title, record.date].filter((p) => p !== '').join(' - '));
  return { bytes, fileName: `${stem}.pdf`, mime: 'application/pdf' };
}

interface OutputFile {
  bytes: Uint8Array;
  fileName: string;
}

/** The file(s) to write: docx per organisation into a folder is one file per organisation. */
async function exportFiles(
  workshop: Workshop,
  revision: number,
  options: ExportArgs,
  intoFolder: boolean,
  io: CliIo,
): Promise<OutputFile[]> {
  if (options.format === 'pdf') {
    // The print view prints every organisation's page in one PDF; it cannot print one alone.
    return [await exportPdf(workshop, options, io)];
  }
  // Loaded only now: the zip and Office libraries take a moment, which --help and a typo need not wait for.
  const { exportWorkshop, exportEachOrganisation } = await import('../exporters/exportWorkshop');
  const exportOptions = {
    language: options.language,
    generatedAt: options.generatedAt ?? io.now(),
    perOrganisation: options.perOrganisation,
    revision,
    ...(options.separator ? { separator: options.separator } : {}),
  };
  if (options.format === 'docx' && options.perOrganisation && intoFolder) {
    return exportEachOrganisation(workshop, exportOptions);
  }
  return [await exportWorkshop(workshop, options.format, exportOptions)];
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
  let results;
  try {
    results = await exportFiles(workshop, revision, options, intoFolder, io);
  } catch (error) {
    if (error instanceof CliError) throw error;
    const reason = error instanceof Error ? error.message : String(error);
    throw new CliError(EXIT.exportFailed, `The ${options.format} export failed: ${reason}`);
  }
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
