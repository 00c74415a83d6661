import type { ActionStatus } from '../model/actions';
import type { PositionKind } from '../model/contributions';
import type { Purpose, RoomId } from '../rooms';

/**
 * Every word an export writes, per language: exporters never inline a label. Its own file, so the
 * Danish and English records import it without importing the lookup that imports them.
 */
export interface ExportStrings {
  /** Column headers of the who-does-what-when list. */
  columns: {
    what: string;
    who: string;
    organisation: string;
    due: string;
    status: string;
    point: string;
    trial: string;
    evaluationDate: string;
    followUp: string;
    source: string;
    notes: string;
    /** An action's status at each meeting of a series (only when some action has one). */
    history: string;
  };
  nextMeeting: string;
  /** One meeting in an action's history: "Møde 1: I gang". */
  historyEntry: (meeting: number, status: string) => string;
  yes: string;
  no: string;
  status: Record<ActionStatus, string>;
  gaps: { noOwner: string; noDue: string; overdue: string };
  noOrganisation: string;
  purpose: Record<Purpose, string>;
  rooms: Record<RoomId, string>;
  positionKinds: Record<PositionKind, string>;
  minutes: {
    title: string;
    date: string;
    time: string;
    place: string;
    participants: string;
    sentRegrets: string;
    chair: string;
    secretary: string;
    agenda: string;
    /** "Ad" before the point's number, as in the material's minutes. */
    ad: string;
    presenter: string;
    purpose: string;
    problem: string;
    citizenPerspective: string;
    questions: string;
    ideas: string;
    dots: (n: number) => string;
    byAuthor: string;
    pointsMade: string;
    agreements: string;
    disagreements: string;
    conclusion: string;
    actions: string;
    noActions: string;
    killers: string;
    noKillers: string;
    killersTotal: (n: number) => string;
    killerByPerson: string;
    killerByRoom: string;
    unnamed: string;
    noRoom: string;
    timeHeading: string;
    planned: string;
    used: string;
    minutesShort: (n: number) => string;
    notStarted: string;
    total: string;
    allActions: string;
    generated: (date: string) => string;
    timeLabel: string;
    killerColumn: string;
    countColumn: string;
    pointColumn: string;
    nameColumn: string;
    jobTitleColumn: string;
    trialNote: (evaluationDate: string) => string;
    actionsFor: (organisation: string) => string;
  };
  files: { actions: string; minutes: string; perOrganisation: string; calendar: string };
  /** xlsx: the list's sheet; the index of the per-organisation sheets and its columns. */
  sheets: { actions: string; index: string; sheet: string; organisation: string; count: string };
  calendar: {
    evaluation: (what: string) => string;
    name: (title: string) => string;
    owner: string;
    agreedAt: (meeting: string) => string;
  };
}
