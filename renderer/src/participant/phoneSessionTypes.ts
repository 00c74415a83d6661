import {
  isPhoneErrorCode,
  PHONE_WS_PATH,
  type PhoneErrorCode,
  type PhoneNameChoice,
  type PhoneServerMessage,
  type PhoneView,
} from '../../../shared/phones/contract';
import type { KeyValueStore, PhoneRecord, QueuedIdea } from './phoneStorage';

/** Why the phone stopped for good: it says so and does not retry. */
export type EndReason = 'joining-closed' | 'removed' | 'bad-code' | 'replaced' | 'refused';

export interface PhoneSessionState {
  /**
   * connecting: before the first answer; choosing: pick a name; waiting: this person has a
   * phone already and the facilitator is asked; joined: a view has arrived.
   */
  phase: 'connecting' | 'choosing' | 'waiting' | 'joined' | 'ended';
  /** The connection worked and was lost; the phone is trying again. */
  reconnecting: boolean;
  workshopTitle: string;
  names: PhoneNameChoice[];
  /** The participant this phone is joining as, while the host (or the facilitator) answers. */
  joiningAs: string | null;
  view: PhoneView | null;
  /** Ideas sent but not yet acknowledged; kept across drops and reloads and sent again. */
  queue: QueuedIdea[];
  /** The host's last refusal, with the idea's text when an idea was refused (to give it back). */
  error: { code: PhoneErrorCode; seq: number; text?: string } | null;
  endReason: EndReason | null;
}

export interface PhoneSession {
  getState(): PhoneSessionState;
  subscribe(listener: () => void): () => void;
  join(participantId: string): void;
  addIdea(text: string): void;
  pass(): Promise<boolean>;
  addDot(targetId: string): Promise<boolean>;
  removeDot(dotId: string): Promise<boolean>;
  submitScores(formId: string, answers: Record<string, number>): Promise<boolean>;
  dismissError(): void;
  close(): void;
}

export interface PhoneSessionOptions {
  /** The page's origin (http://host:port); ws(s) is derived from it. */
  origin: string;
  code: string;
  store: KeyValueStore | null;
  WebSocketImpl?: new (url: string) => WebSocket;
  makeId: () => string;
  initialDelayMs?: number;
  maxDelayMs?: number;
  /** How long a rate-limited idea waits before it is sent again. */
  tooFastDelayMs?: number;
  /** How long a phone the host cut off for flooding waits before it comes back. */
  tooFastPauseMs?: number;
}

export const OPEN = 1;

export type PhoneClosedReason = Extract<PhoneServerMessage, { closed: string }>['closed'];
export const ENDING: ReadonlySet<string> = new Set([
  'joining-closed',
  'removed',
  'bad-code',
  'replaced',
  'refused',
]);

export function phoneSocketUrl(
  origin: string,
  record: Pick<PhoneRecord, 'code' | 'token'>,
): string {
  const base = `${origin.replace(/^http/, 'ws')}${PHONE_WS_PATH}`;
  return record.token
    ? `${base}?token=${encodeURIComponent(record.token)}`
    : `${base}?code=${encodeURIComponent(record.code)}`;
}

export function errorCodeOf(value: unknown): PhoneErrorCode | null {
  return isPhoneErrorCode(value) ? value : null;
}
