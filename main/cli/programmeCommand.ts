import { randomUUID } from 'node:crypto';
import fs from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { serializeDocument } from '../../shared/document/format';
import { NEW_WORKSHOP_STRINGS } from '../../shared/i18n/newWorkshopStrings';
import { isLanguage, type Language } from '../../shared/languages';
import { emptyWorkshop, type Workshop } from '../../shared/model/workshop';
import { programmeToImport, type ImportWarning } from '../../shared/programme/importProgramme';
import {
  formatClock,
  parseProgramme,
  type InvitationHeader,
  type ParsedProgramme,
  type ProgrammeItem,
  type UnreadReason,
} from '../../shared/programme/parseProgramme';
import { reduce } from '../../shared/reducer';
import { writeFileAtomic } from '../platform/atomicWrite';
import { fileExists } from '../platform/fileSystem';
import { journalPathFor } from '../host/journal';
import type { CliCommand, CliIo } from './cliTypes';
import { readInputFile } from './inputFile';
import { CliError, EXIT, EXIT_CODES_TEXT, type ExitCode } from './exitCodes';

export const PROGRAMME_USAGE = `Usage: dialogrum programme <programme.txt> [--out <workshop.dialogrum>] [options]

Read a programme as pasted from an invitation, one item a line ("9.00–9.10 Velkomst, v. Mickael",
"kl. 13.00-13.40 …", "10:10-10:25 Pause"), a wrapped title and a presenter line below it
("Direktør Anne Hansen, Region Midtjylland"), and print its items with start, end, length, title
and presenter, after the invitation's title, date and place when it names them. Lines that
cannot be read are listed (on stderr) with the reason: none is dropped.

Options:
  -o, --out <path>     write a new workshop with the items as agenda points (breaks as
                       breaks, a gap between items as a break, the first start as start time)
                       and the invitation's title, date and place as its header
      --title <text>   the new workshop's title (with --out; instead of the invitation's)
      --no-header      leave the new workshop's title, date and place empty (with --out)
      --lang da|en     the language of a gap's title: "Pause" or "Break" (default da)
      --force          replace an existing workshop file at --out (and drop its journal)
      --json           print the items and unread lines as JSON instead
  -h, --help           show this help

${EXIT_CODES_TEXT}`;

const REASONS: Record<UnreadReason, string> = {
  'no-time': 'no time slot',
  'bad-time': 'a time that cannot be right',
  'no-end': 'no end time',
};

interface ProgrammeArgs {
  file: string;
  out: string | undefined;
  title: string;
  noHeader: boolean;
  lang: Language;
  force: boolean;
  json: boolean;
  help: boolean;
}

function usage(message: string): CliError {
  return new CliError(EXIT.usage, `${message}\nRun "dialogrum programme --help" for the options.`);
}

export function parseProgrammeArgs(args: string[]): ProgrammeArgs {
  let parsed;
  try {
    parsed = parseArgs({
      args,
      allowPositionals: true,
      strict: true,
      options: {
        out: { type: 'string', short: 'o' },
        title: { type: 'string' },
        'no-header': { type: 'boolean' },
        lang: { type: 'string' },
        force: { type: 'boolean' },
        json: { type: 'boolean' },
        help: { type: 'boolean', short: 'h' },
      },
    });
  } catch (error) {
    throw usage(error instanceof Error ? error.message : String(error));
  }
  const { values, positionals } = parsed;
  const help = values.help ?? false;
  if (!help && positionals.length !== 1) {
    throw usage(
      positionals.length === 0
        ? 'Which programme? Give the path of a text file.'
        : `One programme file at a time (got ${positionals.length}).`,
    );
  }
  if (values.out === '') throw usage('--out needs a path.');
  const lang = values.lang ?? 'da';
  if (!isLanguage(lang)) throw usage(`Unknown language "${lang}": use da or en.`);
  return {
    file: positionals[0] ?? '',
    out: values.out,
    title: values.title ?? '',
    noHeader: values['no-header'] ?? false,
    lang,
    force: values.force ?? false,
    json: values.json ?? false,
    help,
  };
}

function readProgramme(file: string): Promise<string> {
  // A BOM is what Notepad puts first; readInputFile drops it, so it is not part of the first line.
  return readInputFile(file, 'programme file');
}

function formatMinutes(minutes: number): string {
  if (minutes < 60) return `${minutes} min`;
  const rest = minutes % 60;
  return rest === 0 ? `${minutes / 60} h` : `${Math.floor(minutes / 60)} h ${rest} min`;
}

/** The items as a plain table: " 9.00–9.10   10 min  Velkomst · Mickael", details below. */
export function formatItems(items: readonly ProgrammeItem[]): string {
  const starts = items.map((i) => formatClock(i.start));
  const ends = items.map((i) => formatClock(i.end));
  const lengths = items.map((i) => formatMinutes(i.minutes));
  const width = (list: string[]) => Math.max(0, ...list.map((s) => s.length));
  const [startW, endW, lengthW] = [width(starts), width(ends), width(lengths)];
  const indent = ' '.repeat(startW + 1 + endW + 2 + lengthW + 2);
  return items
    .map((item, n) => {
      const slot = `${starts[n]!.padStart(startW)}–${ends[n]!.padEnd(endW)}`;
      const who = item.presenter ? ` · ${item.presenter}` : '';
      const head = `${slot}  ${lengths[n]!.padStart(lengthW)}  ${item.title}${who}${item.isBreak ? ' (break)' : ''}`;
      return [head, ...item.details.map((d) => indent + d)].join('\n');
    })
    .join('\n');
}

/** The invitation's head as read: "Title: …", "Date: 2015-04-16 (Torsdag den 16. april 2015)". */
export function formatHeader(header: InvitationHeader): string {
  const lines = [
    header.title ? `Title: ${header.title.text}` : '',
    header.date ? `Date: ${header.date.value} (${header.date.text.trim()})` : '',
    header.place ? `Place: ${header.place.text}` : '',
  ].filter(Boolean);
  return lines.length > 0 ? `${lines.join('\n')}\n\n` : '';
}

function summary(items: readonly ProgrammeItem[]): string {
  const first = items[0];
  const last = items.at(-1);
  if (!first || !last) return 'No items.';
  const count = items.length === 1 ? '1 item' : `${items.length} items`;
  return `${count}, ${formatClock(first.start)}–${formatClock(last.end)}`;
}

function warningText(w: ImportWarning): string {
  return w.kind === 'gap'
    ? `A ${formatMinutes(w.minutes)} gap before line ${w.line}.`
    : `Line ${w.line} starts ${formatMinutes(w.minutes)} before the item above ends (overlap).`;
}

function unreadText(parsed: ParsedProgramme): string {
  return parsed.unread
    .map((u) => `Line ${u.line} could not be read (${REASONS[u.reason]}): ${u.text.trim()}\n`)
    .join('');
}

/**
 * A new workshop with the items as agenda points, through the same command the app sends; its
 * title, date and place from the invitation's header when given (a --title wins).
 */
export function workshopFromProgramme(
  items: readonly ProgrammeItem[],
  options: { title: string; lang: Language; now: number; id?: string; header?: InvitationHeader },
): { workshop: Workshop; warnings: ImportWarning[] } {
  const { header } = options;
  const base = {
    ...emptyWorkshop(options.id ?? randomUUID()),
    title: options.title.trim() || (header?.title?.text ?? ''),
    date: header?.date?.value ?? '',
    place: header?.place?.text ?? '',
  };
  const { command, warnings } = programmeToImport(items, () => randomUUID(), {
    gapTitle: NEW_WORKSHOP_STRINGS[options.lang].programmeGapTitle,
  });
  if (!command) return { workshop: base, warnings };
  return { workshop: reduce(base, command, { now: options.now }).state, warnings };
}

async function writeWorkshop(target: string, workshop: Workshop, force: boolean, now: Date) {
  const journal = journalPathFor(target);
  if (!force && ((await fileExists(target)) || (await fileExists(journal)))) {
    throw usage(`${target} already exists: add --force to replace it.`);
  }
  try {
    // The old journal goes first: replayed onto the new workshop it would corrupt it.
    await fs.rm(journal, { force: true });
    await writeFileAtomic(target, serializeDocument(workshop, 0, now));
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new CliError(EXIT.exportFailed, `Could not write ${target}: ${reason}`);
  }
}

async function runProgramme(args: string[], io: CliIo): Promise<ExitCode> {
  const options = parseProgrammeArgs(args);
  if (options.help) {
    io.stdout(`${PROGRAMME_USAGE}\n`);
    return EXIT.ok;
  }
  const file = path.resolve(io.cwd, options.file);
  const parsed = parseProgramme(await readProgramme(file));
  const head = formatHeader(parsed.header);
  if (options.json) io.stdout(`${JSON.stringify(parsed, null, 2)}\n`);
  else if (parsed.items.length > 0)
    io.stdout(`${head}${formatItems(parsed.items)}\n${summary(parsed.items)}\n`);
  else io.stdout(`${head}No items.\n`);
  io.stderr(unreadText(parsed));

  if (options.out !== undefined) {
    const target = path.resolve(io.cwd, options.out);
    if (target === file) throw usage('--out is the programme file itself; write elsewhere.');
    if (parsed.items.length === 0) {
      io.stderr(`Nothing to write: no items were read. ${target} was not written.\n`);
    } else {
      const now = io.now();
      const { workshop, warnings } = workshopFromProgramme(parsed.items, {
        title: options.title,
        lang: options.lang,
        now: now.getTime(),
        ...(options.noHeader ? {} : { header: parsed.header }),
      });
      for (const w of warnings) io.stderr(`Note: ${warningText(w)}\n`);
      await writeWorkshop(target, workshop, options.force, now);
      io.stderr(`Wrote ${target} (${workshop.agenda.length} agenda points).\n`);
    }
  }
  return parsed.unread.length > 0 ? EXIT.someUnread : EXIT.ok;
}

export const programmeCommand: CliCommand = {
  name: 'programme',
  summary: 'read a pasted programme; print its items, or write them as a new workshop',
  usage: PROGRAMME_USAGE,
  run: runProgramme,
};

/** The subcommand on its own, with the process's terminal: resolves to the exit code. */
export async function runProgrammeCommand(
  args: string[],
  io: CliIo = {
    stdout: (text) => process.stdout.write(text),
    stderr: (text) => process.stderr.write(text),
    cwd: process.cwd(),
    now: () => new Date(),
  },
): Promise<number> {
  try {
    return await runProgramme(args, io);
  } catch (error) {
    if (!(error instanceof CliError)) throw error;
    io.stderr(`dialogrum programme: ${error.message}\n`);
    return error.exitCode;
  }
}
