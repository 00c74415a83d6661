import { z } from 'zod';
import { IdSchema } from '../model/ids';
import { userText } from '../model/text';
import { IDEA_MAX } from '../model/textLimits';
import type { RoomIdSchema } from '../rooms';

/**
 * Participants' phones (issue 8): the contract between the phone page and the host's phone
 * server. Phones never speak the console's API (shared/api.ts): they get a narrow view of the
 * meeting and may send only these few requests, each checked against what that participant
 * may do now. Nothing here carries HTML: every text is shown as text.
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
export const JoinCodeSchema = z.string().regex(/^[A-HJ-NP-Z2-9]{6}$/);
/** Tokens are long random strings; a token is one phone's join, never a person's identity. */
export const PhoneTokenSchema = z.string().regex(/^[A-Za-z0-9_-]{24,64}$/);

/**
 * One 1–5 score: 1 not at all … 5 to a very high degree
 * (docs/method.md § Evaluating the collaboration).
 */
export const ScoreSchema = z.number().int().min(1).max(5);

const phoneRequest = <N extends string, P extends z.ZodType>(name: N, payload: P) =>
  z.strictObject({ id: z.number().int().nonnegative(), name: z.literal(name), payload });

/** Before joining (connected with `?code=`): list the names, then join as one of them. */
export const PhoneJoinRequestSchema = z.discriminatedUnion('name', [
  phoneRequest('listNames', z.strictObject({})),
  phoneRequest('join', z.strictObject({ participantId: IdSchema })),
]);
export type PhoneJoinRequest = z.infer<typeof PhoneJoinRequestSchema>;

/** After joining (connected with `?token=`). Ids are made on the phone, so a resend is no duplicate. */
export const PhoneRequestSchema = z.discriminatedUnion('name', [
  phoneRequest(
    'addIdea',
    // The model's own text rules (NFC, no bidi overrides, no zero-width-only text).
    z.strictObject({ id: IdSchema, text: userText(IDEA_MAX).min(1) }),
  ),
  phoneRequest('pass', z.strictObject({})),
  phoneRequest('addDot', z.strictObject({ id: IdSchema, targetId: IdSchema })),
  phoneRequest('removeDot', z.strictObject({ id: IdSchema })),
  phoneRequest(
    'submitScores',
    z.strictObject({
      formId: IdSchema,
      /** Item id → score; items left out were not answered. */
      answers: z.record(IdSchema, ScoreSchema),
    }),
  ),
]);
export type PhoneRequest = z.infer<typeof PhoneRequestSchema>;
export type PhoneRequestName = PhoneRequest['name'];

/** Why the host refused: the phone shows a translated message for each. */
export const PhoneErrorCodeSchema = z.enum([
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
]);
export type PhoneErrorCode = z.infer<typeof PhoneErrorCodeSchema>;

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
    room: z.infer<typeof RoomIdSchema> | null;
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

/** One phone on the console's list. Tokens never reach the console: phones have an opaque id. */
export interface JoinPhone {
  phoneId: string;
  participantId: string;
  name: string;
  connected: boolean;
  /**
   * A second phone for a person who has one: the phoneId of the phone it would replace. The
   * facilitator answers with removePhone: that phone's id lets this one in (and ends the
   * first), this entry's own id refuses it.
   */
  asksToReplace: string | null;
}

interface JoinHead {
  open: boolean;
  /** Null while closed. */
  code: string | null;
  /** The address phones open, with the code (`http://192.168.1.20:5171/join?c=ABC234`). */
  url: string | null;
  locked: boolean;
  /** Set when joining could not open (no network, port in use): shown to the facilitator. */
  problem: string | null;
  /** Increases with every change of the phone list. */
  phonesRevision: number;
}

/** The whole state: the answer to every console request. */
export type JoinStateWhole = JoinHead & { phones: JoinPhone[] };
/** What changed in the phone list since revision `from` (`phonesRevision` is `from + 1`). */
export interface JoinPhonesChange {
  from: number;
  upsert: JoinPhone[];
  remove: string[];
}

/**
 * The console's side (event `join` and the requests' answers). Requests answer with the whole
 * state; the event carries the phone list as changes only (shared/phones/joinState.ts applies
 * them), so a console is never sent the whole list again on each join.
 */
export type JoinState = JoinStateWhole | (JoinHead & { changes: JoinPhonesChange });

export const JoinRequestSchemas = {
  getJoinState: z.undefined(),
  openJoining: z.undefined(),
  closeJoining: z.undefined(),
  removePhone: z.strictObject({ phoneId: IdSchema }),
  setInputLocked: z.strictObject({ locked: z.boolean() }),
} as const;
