import type { CommandOf } from '../commands';
import type { Purpose } from '../rooms';
import { PRESENTER_MAX } from '../model/textLimits';
import { formatClock, type ProgrammeItem } from './parseProgramme';

export type ImportCommand = CommandOf<'agenda.import'>;

/** Something about the programme's times the agenda cannot hold as such. */
export interface ImportWarning {
  /** The line of the item after the gap or overlap. */
  line: number;
  kind: 'gap' | 'overlap';
  minutes: number;
}

export interface ImportOptions {
  /**
   * When given, a gap between two items becomes a break with this title (the caller's
   * language); without it, gaps are only reported, and the agenda closes them up.
   */
  gapTitle?: string;
}

/** A talk is orientation, whatever it is about ("Oplæg: De fire dialogrum"). */
const TALK = /^(?:oplæg|velkomst|præsentation|orientering|talk|presentation|welcome)\b/i;
const DEVELOPMENT =
  /workshop|øvelse|drøft|gruppe|idé|ide(?:er|generering)|brainstorm|discuss|exercise|group/i;
const DECISION = /beslut|godkend|vedtag|prioriter|decision|decide|approv/i;

/**
 * A first guess at a point's purpose from its title
 * (docs/method.md § A point's purpose and its rooms); the facilitator adjusts.
 */
export function guessPurpose(title: string): Purpose {
  if (TALK.test(title)) return 'orientation';
  if (DECISION.test(title)) return 'decision';
  if (DEVELOPMENT.test(title)) return 'development';
  return 'orientation';
}

const cut = (text: string, max: number) =>
  text.length > max ? text.slice(0, max).trimEnd() : text;

/**
 * A presenter longer than the agenda holds keeps its whole people ("Anne Hansen, Region
 * Midtjylland; Peter Holm, …" up to the last ";" that fits, else the last ","); the full line
 * goes first in the description, so no organisation is lost.
 */
function presenterFields(presenter: string, details: readonly string[]) {
  if (presenter.length <= PRESENTER_MAX) return { presenter, details };
  const head = presenter.slice(0, PRESENTER_MAX + 1);
  // Whole presenters first ("…; …"), else up to an organisation's comma.
  const semicolon = head.lastIndexOf('; ');
  const at = semicolon > 0 ? semicolon : head.lastIndexOf(', ');
  const short = at > 0 ? head.slice(0, at) : cut(presenter, PRESENTER_MAX);
  return { presenter: short, details: [presenter, ...details] };
}
const hhmm = (minutes: number) => formatClock(minutes, ':').padStart(5, '0');

/**
 * The `agenda.import` for a parsed programme: one point per item (breaks as breaks), details
 * as the description, the first item's start as the workshop's start time. Ids come from the
 * caller, so the command replays the same.
 */
export function programmeToImport(
  items: readonly ProgrammeItem[],
  makeId: () => string,
  options: ImportOptions = {},
): { command: ImportCommand | null; warnings: ImportWarning[] } {
  const points: ImportCommand['points'] = [];
  const warnings: ImportWarning[] = [];
  let previousEnd: number | null = null;
  for (const item of items) {
    if (previousEnd !== null && item.start !== previousEnd) {
      const minutes = Math.abs(item.start - previousEnd);
      const kind = item.start > previousEnd ? 'gap' : 'overlap';
      warnings.push({ line: item.line, kind, minutes });
      if (kind === 'gap' && options.gapTitle) {
        points.push({
          id: makeId(),
          title: cut(options.gapTitle, 200),
          purpose: 'orientation',
          plannedMinutes: minutes,
          presenter: '',
          kind: 'break',
        });
      }
    }
    previousEnd = item.end;
    const slot = `${formatClock(item.start)}–${formatClock(item.end)}`;
    const title = cut(item.title || item.details[0] || slot, 200);
    const { presenter, details } = presenterFields(item.presenter, item.details);
    points.push({
      id: makeId(),
      title,
      purpose: item.isBreak ? 'orientation' : guessPurpose(title),
      plannedMinutes: item.minutes,
      presenter,
      kind: item.isBreak ? 'break' : 'item',
      description: cut(details.join('\n'), 4000),
    });
  }
  const first = items[0];
  if (!first) return { command: null, warnings };
  return {
    command: { type: 'agenda.import', points, startTime: hhmm(first.start) },
    warnings,
  };
}
