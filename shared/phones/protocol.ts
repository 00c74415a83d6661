import { z } from 'zod';
import { IdSchema } from '../model/ids';
import { userText } from '../model/text';
import { IDEA_MAX } from '../model/textLimits';
import { JOIN_CODE_PATTERN, PHONE_ERROR_CODES } from './contract';

/**
 * The schemas the host validates phones' messages with. The plain part of the contract (paths,
 * codes, the views a phone is sent) is in contract.ts, zod-free for the phone page.
 */
export * from './contract';

export const JoinCodeSchema = z.string().regex(JOIN_CODE_PATTERN);
/** Why the host refused: the phone shows a translated message for each. */
export const PhoneErrorCodeSchema = z.enum(PHONE_ERROR_CODES);

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
