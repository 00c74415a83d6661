import type { RoomId } from '../roomCatalogue';

/**
 * Participants' phones (issue 8): the contract between the phone page and the host's phone
 * server. Phones never speak the console's API (shared/api.ts): they get a narrow view of the
 * meeting and may send only these few requests, each checked against what that participant
 * may do now. Nothing here carries HTML: every text is shown as text.
 *
 * This file is the contract's plain part: types, constants and guards, no zod, so the phone page
 * imports it without the schemas. The host validates everything it receives with the schemas in
 * protocol.ts, built from the same constants.
 */

/**
 * The WebSocket path of the phone server. `?code=` to join (listNames, join); after a successful
 * join the same socket goes on as that phone (its view follows the answer at once). `?token=`
 * to come back later (reload, Wi-Fi drop): the current view is sent at once. Only the page's own
 * origin may connect; messages are at most 8 KB, about 5 a second (a burst of 10).
 */
export const PHONE_WS_PATH = '/p/ws';
/** The page a phone opens: `http://<lan-address>:<port>/join?c=<code>`. */
export const PHONE_JOIN_PATH = '/join';

/** Join codes are short, upper case, no look-alikes (0/O, 1/I), read aloud or typed. */
export const JOIN_CODE_PATTERN = /^[A-HJ-NP-Z2-9]{6}$/;

export function isJoinCode(value: string): boolean {
  return JOIN_CODE_PATTERN.test(value);
}

/** Why the host refused: the phone shows a translated message for each. */
export const PHONE_ERROR_CODES = [
  'invalid-message', // not JSON, not a known request, payload wrong
  'too-large',
  'too-fast', // rate limit
  'joining-closed',
  'bad-code',
  'bad-token',
  'removed', // the facilitator removed this phone
  'input-locked',
  'not-your-turn',
  'wrong-room',
  'no-dots-left',
  'already-submitted',
  'not-found',
  'absent', // marked absent (AFBUD): joins once the facilitator marks them present
  'asking', // another phone is already asking the facilitator to join as this person
  'full', // the workshop has reached a limit (5,000 evaluation responses, say)
  'internal',
] as const;
export type PhoneErrorCode = (typeof PHONE_ERROR_CODES)[number];

export function isPhoneErrorCode(value: unknown): value is PhoneErrorCode {
  return (PHONE_ERROR_CODES as readonly unknown[]).includes(value);
}

export interface PhoneNameChoice {
  id: string;
  name: string;
  organisation: string;
  /** Another phone has already joined as this person: choosing them asks the facilitator. */
  taken: boolean;
  /** Marked absent (AFBUD): shown, not choosable; the host refuses too. */
  absent: boolean;
}

export interface PhoneResults {
  listNames: { workshopTitle: string; names: PhoneNameChoice[] };
  /**
   * Joined at once, or (the person has a phone already) waiting for the facilitator: then
   * `{ joined }` or `{ closed: 'refused' }` follows on the same socket.
   */
  join: { token: string; participantId: string } | { waiting: true; participantId: string };
  addIdea: { ideaId: string };
  pass: Record<string, never>;
  addDot: { dotId: string };
  removeDot: Record<string, never>;
  submitScores: Record<string, never>;
}

export type PhoneResponse =
  { ok: true; result: unknown } | { ok: false; error: { code: PhoneErrorCode; message: string } };

/** One evaluation form open for scoring (PÅ TVÆRS questions or a relational-coordination survey). */
export interface PhoneForm {
  id: string;
  kind: 'pataevaers' | 'relational';
  title: string;
  /** Each item is scored 1–5; `group` heads a block (e.g. "Kommune → Hospital"). */
  items: { id: string; label: string; group: string | null }[];
  /** This participant has already sent scores for this form (from any of their phones). */
  submitted: boolean;
}

/** Outside the negotiating room a phone view carries at most this many (the latest) ideas. */
export const PHONE_VIEW_MAX_IDEAS = 30;

/** What a phone sees: only the meeting's present state, and nothing about other people's scores. */
export interface PhoneView {
  /** Increases with every host revision; a phone ignores an older view. */
  revision: number;
  workshopTitle: string;
  me: { id: string; name: string; organisation: string };
  /** The facilitator has locked input (e.g. while a point is being presented). */
  locked: boolean;
  point: null | {
    id: string;
    title: string;
    room: RoomId | null;
    turns: null | {
      mode: 'round-robin' | 'free';
      holderId: string | null;
      holderName: string | null;
      nextName: string | null;
      ended: boolean;
    };
    /**
     * The point's ideas, oldest first. In the negotiating room all of them (the ballot);
     * elsewhere only the latest PHONE_VIEW_MAX_IDEAS (the projector shows them all), so a
     * meeting with thousands of ideas does not send each phone all of them on every change.
     */
    ideas: { id: string; text: string; authorName: string | null; mine: boolean }[];
    /** How many ideas the point has in all (may exceed `ideas.length`). */
    ideaCount: number;
    clusters: { id: string; name: string; ideaIds: string[] }[];
    dots: {
      perPerson: number;
      mine: { id: string; targetId: string }[];
      /** Counts per idea or cluster, once the facilitator reveals them; null before. */
      results: { targetId: string; count: number }[] | null;
    };
    /** `due`: `yyyy-mm-dd`, `next-meeting`, or empty while not agreed (the phone formats it). */
    actions: { id: string; what: string; who: string; due: string; mine: boolean }[];
  };
  form: PhoneForm | null;
}

/** Host → phone: an answer to a request, or the current view (pushed on every change). */
export type PhoneServerMessage =
  | { id: number; response: PhoneResponse }
  | { view: PhoneView }
  /** The facilitator let this waiting phone in: from now on it talks with this token. */
  | { joined: { token: string; participantId: string } }
  /**
   * The phone is disconnected for good, and the host closes the socket right after: joining
   * closed, removed by the facilitator, a wrong or old join code or token (join again with the
   * code), or a flood of messages. The phone shows why and does not reconnect by itself, except
   * after `too-fast` (reconnecting with its token after a pause is fine). `replaced`: the
   * facilitator let another phone in as this person; `refused`: the facilitator did not let
   * this waiting phone in; `idle`: a phone that had not joined within UNJOINED_TIMEOUT_MS (it
   * connects again when its user picks a name).
   */
  | {
      closed:
        | 'joining-closed'
        | 'removed'
        | 'bad-code'
        | 'bad-token'
        | 'too-fast'
        | 'replaced'
        | 'refused'
        | 'idle';
    };

/** A socket that has not joined (nor is waiting for the facilitator) is closed after this. */
export const UNJOINED_TIMEOUT_MS = 10_000;
