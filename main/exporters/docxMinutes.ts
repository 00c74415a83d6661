import type { Paragraph } from 'docx';
import type { ActionRow } from '../../shared/exporters/actionRows';
import type { ActionColumn } from '../../shared/exporters/exportCsv';
import {
  displayText,
  ideaDetails,
  positionText,
  timeSummary,
  whatWithTrial,
} from '../../shared/exporters/exportMarkdown';
import type { ExportStrings } from '../../shared/i18n/exportStrings';
import {
  withTitle,
  type KillerSummary,
  type MinutesIdea,
  type MinutesPoint,
  type MinutesPosition,
  type WorkshopRecord,
} from '../../shared/exporters/record';
import { bullets, heading, labelled, para, spacer, table, type Orientation } from './docxParts';
import { evaluationBlocks } from './docxEvaluation';
import { notesParagraphs } from './docxNotes';
import type { BulletItem, RawBlocks } from './docxRaw';

/**
 * The minutes' parts for the Word document (docs/method.md § The minutes); tables and lists as raw
 * XML.
 */

type Block = Paragraph;

/** What the builders share: the record's words and the raw tables waiting for their place. */
export interface Ctx {
  s: ExportStrings;
  raw: RawBlocks;
}

/** Column sets (and their shares of the width) for the action tables. */
export const POINT_COLUMNS: [ActionColumn, number][] = [
  ['what', 37],
  ['who', 19],
  ['organisation', 21],
  ['due', 13],
  ['status', 10],
];
export const FULL_COLUMNS: [ActionColumn, number][] = [
  ['what', 26],
  ['who', 14],
  ['organisation', 16],
  ['due', 10],
  ['status', 8],
  ['point', 16],
  ['notes', 10],
];
export const ORGANISATION_COLUMNS: [ActionColumn, number][] = [
  ['what', 32],
  ['who', 18],
  ['due', 10],
  ['status', 9],
  ['point', 19],
  ['notes', 12],
];

export function actionsTable(
  rows: readonly ActionRow[],
  columns: [ActionColumn, number][],
  { s, raw }: Ctx,
  orientation: Orientation = 'portrait',
): Paragraph {
  // A meeting in a series: each action's status per meeting, as a last, wide column.
  if (rows.some((r) => r.historyText !== '')) columns = [...columns, ['history', 24]];
  return table(
    raw,
    columns.map(([c, width]) => ({ header: s.columns[c], width })),
    rows.map((row) =>
      columns.map(([c]) => (c === 'what' ? whatWithTrial(row, s) : displayText(row, c, s))),
    ),
    orientation,
  );
}

function ideaItems(ideas: readonly MinutesIdea[], s: ExportStrings, level = 0): BulletItem[] {
  return ideas.flatMap((idea) => [
    {
      text: `${idea.text}${ideaDetails(idea, s)}`,
      level,
      bold: idea.members.length > 0,
    },
    ...ideaItems(idea.members, s, level + 1),
  ]);
}

function plainItems(texts: readonly string[]): BulletItem[] {
  return texts.map((text) => ({ text, level: 0 }));
}

function positionItems(positions: readonly MinutesPosition[], s: ExportStrings): BulletItem[] {
  return plainItems(positions.map((p) => positionText(p, s)));
}

/** A sub-heading with its content, or nothing when there is no content. */
function part(title: string, blocks: Block[]): Block[] {
  return blocks.length === 0 ? [] : [heading(title, 3), ...blocks];
}

function pointBlocks(point: MinutesPoint, ctx: Ctx): Block[] {
  const { s, raw } = ctx;
  const m = s.minutes;
  return [
    heading(point.heading, 2),
    ...(point.presenter === '' ? [] : [labelled(m.presenter, point.presenter)]),
    labelled(m.purpose, point.purposeText),
    labelled(m.timeLabel, timeSummary(point, s)),
    ...notesParagraphs(raw, point.notes),
    ...part(m.problem, point.problem === '' ? [] : [para(point.problem)]),
    ...part(
      m.citizenPerspective,
      point.citizenPerspective === '' ? [] : [para(point.citizenPerspective)],
    ),
    ...part(m.questions, bullets(raw, plainItems(point.questions))),
    ...part(m.ideas, bullets(raw, ideaItems(point.ideas, s))),
    ...part(m.pointsMade, bullets(raw, positionItems(point.pointsMade, s))),
    ...part(m.agreements, bullets(raw, positionItems(point.agreements, s))),
    ...part(m.disagreements, bullets(raw, positionItems(point.disagreements, s))),
    ...part(m.conclusion, bullets(raw, plainItems(point.conclusions))),
    ...part(
      m.actions,
      point.actions.length === 0 ? [] : [actionsTable(point.actions, POINT_COLUMNS, ctx), spacer()],
    ),
  ];
}

/** The participants with title and organisation, AFBUD for those who sent regrets. */
function participantsBlocks(record: WorkshopRecord, { s, raw }: Ctx): Block[] {
  const m = s.minutes;
  return [
    heading(m.participants, 2),
    table(
      raw,
      [
        { header: m.nameColumn, width: 28 },
        { header: m.jobTitleColumn, width: 26 },
        { header: s.columns.organisation, width: 34 },
        { header: '', width: 12 },
      ],
      record.minutes.participants.map((p) => [
        p.name,
        p.title,
        p.organisation,
        p.present ? '' : m.sentRegrets,
      ]),
    ),
    spacer(),
  ];
}

/** The idea-killer tally; who said one only when the minutes options name them. */
function killerBlocks(k: KillerSummary, { s, raw }: Ctx): Block[] {
  const m = s.minutes;
  if (k.total === 0) return [para(m.noKillers)];
  return [
    para(m.killersTotal(k.total)),
    table(
      raw,
      [
        { header: m.killerColumn, width: 85 },
        { header: m.countColumn, width: 15 },
      ],
      k.byKiller.map((l) => [l.label, String(l.count)]),
    ),
    spacer(),
    ...(k.byPerson.length === 0
      ? []
      : [labelled(m.killerByPerson, k.byPerson.map((l) => `${l.label} (${l.count})`).join(', '))]),
    labelled(m.killerByRoom, k.byRoom.map((l) => `${l.label} (${l.count})`).join(', ')),
  ];
}

export function minutesBlocks(record: WorkshopRecord, ctx: Ctx): Block[] {
  const { s, raw } = ctx;
  const m = s.minutes;
  const mins = record.minutes;
  const k = mins.killers;
  return [
    heading(withTitle(m.title, mins.title), 1),
    ...(
      [
        [m.date, mins.dateText],
        [m.time, mins.timeText],
        [m.place, mins.place],
      ] as const
    ).flatMap(([label, value]) => (value === '' ? [] : [labelled(label, value)])),
    ...(mins.participants.length === 0 ? [] : participantsBlocks(record, ctx)),
    ...(mins.chair === '' ? [] : [labelled(m.chair, mins.chair)]),
    ...(mins.secretary === '' ? [] : [labelled(m.secretary, mins.secretary)]),
    ...(mins.points.length === 0 ? [] : [heading(m.agenda, 2)]),
    ...mins.points.map((p) =>
      para(`${p.number}. ${p.title}${p.plannedTimeText === '' ? '' : ` (${p.plannedTimeText})`}`),
    ),
    ...mins.points.flatMap((p) => pointBlocks(p, ctx)),
    ...(k === null ? [] : [heading(m.killers, 2), ...killerBlocks(k, ctx)]),
    heading(m.timeHeading, 2),
    table(
      raw,
      [
        { header: m.pointColumn, width: 64 },
        { header: m.planned, width: 18 },
        { header: m.used, width: 18 },
      ],
      [
        ...mins.points.map((p) => [
          p.heading,
          m.minutesShort(p.plannedMinutes),
          p.usedMinutes === null ? m.notStarted : m.minutesShort(p.usedMinutes),
        ]),
        [m.total, m.minutesShort(mins.plannedTotal), m.minutesShort(mins.usedTotal)],
      ],
    ),
    ...evaluationBlocks(mins.evaluation, raw),
  ];
}
