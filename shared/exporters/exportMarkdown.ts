import { evaluationMarkdown } from '../evaluation/evaluationExport';
import type { ActionRow } from './actionRows';
import { ACTION_COLUMNS, columnText, withHistory, type ActionColumn } from './exportCsv';
import type { ExportStrings } from '../i18n/exportStrings';
import { mdBlocks, mdInline, mdItem, mdParagraph, mdTable } from './markdownText';
import { notesMarkdown } from './notesMarkdown';
import {
  withTitle,
  type MinutesIdea,
  type MinutesPoint,
  type MinutesPosition,
  type WorkshopRecord,
} from './record';

/** The columns of an agenda point's own actions in the minutes. */
export const MINUTES_ACTION_COLUMNS = [
  'what',
  'who',
  'organisation',
  'due',
  'status',
] as const satisfies readonly ActionColumn[];

/**
 * A cell for people rather than spreadsheets: a missing who or when says so, since a table without
 * a "missing" column would otherwise show only a blank.
 */
export function displayText(row: ActionRow, column: ActionColumn, strings: ExportStrings): string {
  if (column === 'who' && row.gaps.noOwner) return strings.gaps.noOwner;
  if (column === 'due' && row.gaps.noDue) return strings.gaps.noDue;
  return columnText(row, column);
}

/** An action's "what", with its trial note when it is a trial action. */
export function whatWithTrial(row: ActionRow, strings: ExportStrings): string {
  return row.trial ? `${row.what} (${strings.minutes.trialNote(row.evaluationText)})` : row.what;
}

export function actionsTable(
  rows: readonly ActionRow[],
  strings: ExportStrings,
  columns: readonly ActionColumn[] = withHistory(ACTION_COLUMNS, rows),
): string {
  // Without a trial column, the trial note goes with the "what".
  const trialNote = !columns.includes('trial');
  const cells = (row: ActionRow) =>
    columns.map((c) =>
      c === 'what' && trialNote ? whatWithTrial(row, strings) : displayText(row, c, strings),
    );
  return mdTable(
    columns.map((c) => strings.columns[c]),
    rows.map(cells),
  );
}

/** " (4 prikker) — fra Anne Holm" after an idea: what the minutes options leave in, or nothing. */
export function ideaDetails(idea: MinutesIdea, strings: ExportStrings): string {
  const dots = idea.dots === null ? '' : ` (${strings.minutes.dots(idea.dots)})`;
  return idea.author === '' ? dots : `${dots} — ${strings.minutes.byAuthor} ${idea.author}`;
}

function ideaLines(ideas: readonly MinutesIdea[], strings: ExportStrings, indent = ''): string[] {
  return ideas.flatMap((idea, i) => {
    const marker = indent === '' ? `${i + 1}.` : '-';
    const text = idea.members.length > 0 ? `**${mdInline(idea.text)}**` : mdItem(idea.text);
    const details = ideaDetails({ ...idea, author: mdInline(idea.author) }, strings);
    return [
      `${indent}${marker} ${text}${details}`,
      ...ideaLines(idea.members, strings, `${indent}   `),
    ];
  });
}

/**
 * "Synspunkt (Anne Holm): …"; agreements and disagreements sit under their own heading, so they
 * carry only who holds them.
 */
export function positionText(p: MinutesPosition, strings: ExportStrings): string {
  const plain = p.kind === 'agreement' || p.kind === 'disagreement';
  const label = plain
    ? p.heldBy
    : `${strings.positionKinds[p.kind]}${p.heldBy === '' ? '' : ` (${p.heldBy})`}`;
  return label === '' ? p.text : `${label}: ${p.text}`;
}

function positionLines(positions: readonly MinutesPosition[], strings: ExportStrings): string {
  return positions.map((p) => `- ${mdItem(positionText(p, strings))}`).join('\n');
}

/** "kl. 9.10–9.50 · Planlagt 40 min. · Brugt 45 min." */
export function timeSummary(point: MinutesPoint, strings: ExportStrings): string {
  const m = strings.minutes;
  const used =
    point.usedMinutes === null ? m.notStarted : `${m.used} ${m.minutesShort(point.usedMinutes)}`;
  return [point.plannedTimeText, `${m.planned} ${m.minutesShort(point.plannedMinutes)}`, used]
    .filter((s) => s !== '')
    .join(' · ');
}

function section(heading: string, body: string): string {
  return body.trim() === '' ? '' : `### ${heading}\n\n${body}`;
}

function pointMarkdown(point: MinutesPoint, strings: ExportStrings): string {
  const m = strings.minutes;
  const meta = [
    point.presenter === '' ? '' : `${m.presenter}: ${mdInline(point.presenter)}`,
    `${m.purpose}: ${point.purposeText}`,
    `${m.timeLabel}: ${timeSummary(point, strings)}`,
  ].filter((s) => s !== '');
  return mdBlocks([
    `## ${mdInline(point.heading)}`,
    meta.join('  \n'),
    notesMarkdown(point.notes),
    section(m.problem, mdParagraph(point.problem)),
    section(m.citizenPerspective, mdParagraph(point.citizenPerspective)),
    section(m.questions, point.questions.map((q) => `- ${mdItem(q)}`).join('\n')),
    section(m.ideas, ideaLines(point.ideas, strings).join('\n')),
    section(m.pointsMade, positionLines(point.pointsMade, strings)),
    section(m.agreements, positionLines(point.agreements, strings)),
    section(m.disagreements, positionLines(point.disagreements, strings)),
    section(m.conclusion, point.conclusions.map((c) => `- ${mdItem(c)}`).join('\n')),
    section(
      m.actions,
      point.actions.length === 0
        ? ''
        : actionsTable(point.actions, strings, withHistory(MINUTES_ACTION_COLUMNS, point.actions)),
    ),
  ]);
}

/** The who-does-what-when list alone, as a Markdown document. */
export function actionsMarkdown(record: WorkshopRecord): string {
  const s = record.strings;
  return (
    mdBlocks([
      `# ${mdInline(withTitle(s.files.actions, record.title))}`,
      record.actions.length === 0 ? s.minutes.noActions : actionsTable(record.actions, s),
      `_${mdInline(record.generatedText)}_`,
    ]) + '\n'
  );
}

/** The minutes (docs/method.md § The minutes) followed by the whole who-does-what-when list. */
export function exportMarkdown(record: WorkshopRecord): string {
  const s = record.strings;
  const m = s.minutes;
  const mins = record.minutes;
  const facts = [
    [m.date, mins.dateText],
    [m.time, mins.timeText],
    [m.place, mins.place],
  ]
    .filter(([, v]) => v !== '')
    .map(([k, v]) => `**${k}:** ${mdInline(v ?? '')}`)
    .join('  \n');
  const participants = mins.participants
    .map((p) => {
      const line = [p.name, p.title, p.organisation].filter((x) => x !== '').map(mdInline);
      return `- ${line.join(', ')}${p.present ? '' : ` — **${m.sentRegrets}**`}`;
    })
    .join('\n');
  const roles = [
    [m.chair, mins.chair],
    [m.secretary, mins.secretary],
  ]
    .filter(([, v]) => v !== '')
    .map(([k, v]) => `**${k}:** ${mdInline(v ?? '')}`)
    .join('  \n');
  const agenda = mins.points
    .map(
      (p) =>
        `${p.number}. ${mdInline(p.title)}${p.plannedTimeText === '' ? '' : ` (${p.plannedTimeText})`}`,
    )
    .join('\n');
  const k = mins.killers;
  const killers =
    k === null
      ? ''
      : k.total === 0
        ? m.noKillers
        : mdBlocks([
            m.killersTotal(k.total),
            mdTable(
              [m.killerColumn, m.countColumn],
              k.byKiller.map((l) => [l.label, String(l.count)]),
            ),
            k.byPerson.length === 0
              ? ''
              : `**${m.killerByPerson}:** ${k.byPerson.map((l) => `${mdInline(l.label)} (${l.count})`).join(', ')}`,
            `**${m.killerByRoom}:** ${k.byRoom.map((l) => `${l.label} (${l.count})`).join(', ')}`,
          ]);
  const time = mdTable(
    [m.pointColumn, m.planned, m.used],
    [
      ...mins.points.map((p) => [
        p.heading,
        m.minutesShort(p.plannedMinutes),
        p.usedMinutes === null ? m.notStarted : m.minutesShort(p.usedMinutes),
      ]),
      [m.total, m.minutesShort(mins.plannedTotal), m.minutesShort(mins.usedTotal)],
    ],
  );
  return (
    mdBlocks([
      `# ${mdInline(withTitle(m.title, mins.title))}`,
      facts,
      participants === '' ? '' : `## ${m.participants}\n\n${participants}`,
      roles,
      mins.points.length === 0 ? '' : `## ${m.agenda}\n\n${agenda}`,
      ...mins.points.map((p) => pointMarkdown(p, s)),
      k === null ? '' : `## ${m.killers}`,
      killers,
      `## ${m.timeHeading}`,
      time,
      mins.evaluation ? evaluationMarkdown(mins.evaluation) : '',
      `## ${m.allActions}`,
      record.actions.length === 0 ? m.noActions : actionsTable(record.actions, s),
      '---',
      `_${mdInline(record.generatedText)}_`,
    ]) + '\n'
  );
}
