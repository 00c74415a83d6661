import type { Patch } from 'immer';
import { z } from 'zod';
import { CommandSchema } from './commands';
import type { DomainErrorCode } from './errors';
import type { ExportFileResult, ExportRequestInput } from './exporters/exportQuery';
import { updateSchema } from './model/updateSchema';
import type { Workshop } from './model/workshop';
import { JoinRequestSchemas, type JoinState } from './phones/protocol';
import { SettingsSchema, type Settings } from './settings';
import { PresenceSchema, TeamRequestSchemas } from './team/protocol';
import type { Editor, Session, TeamState } from './team/contract';

/**
 * The host's API: one map from request name to payload schema, and one from name to result.
 * The IPC handlers, the WebSocket server and the renderer's client are all typed from these,
 * so a renamed or changed request fails the typecheck on both sides.
 */
export const PathSchema = z.string().min(1).max(4096);

export const HostRequestSchemas = {
  getState: z.undefined(),
  dispatch: CommandSchema,
  undo: z.undefined(),
  redo: z.undefined(),
  newDocument: z.undefined(),
  openDocument: z.strictObject({ path: PathSchema }),
  saveDocumentAs: z.strictObject({ path: PathSchema }),
  listDocuments: z.undefined(),
  getSettings: z.undefined(),
  updateSettings: updateSchema(SettingsSchema).strict(),
  /** A new workshop, the next meeting of this one's series, saved beside it and opened. */
  newMeetingInSeries: z.undefined(),
  // Participants' phones (issue 8): open/close joining, remove a phone, lock input.
  ...JoinRequestSchemas,
  // Team devices (issue 16): who this screen is, which field it edits, and the facilitator's
  // requests about the referent's and co-facilitator's devices.
  getSession: z.undefined(),
  /** Who is in which text field now: a screen that has just (re)connected asks once. */
  getPresence: z.undefined(),
  setPresence: PresenceSchema,
  ...TeamRequestSchemas,
} as const;

export type HostRequestName = keyof typeof HostRequestSchemas;
/** What a sender passes: zod's input type, so fields with a default may be left out. */
export type HostPayload<K extends HostRequestName> = z.input<(typeof HostRequestSchemas)[K]>;
/** What a handler receives after validation (defaults filled in). */
export type HostParsedPayload<K extends HostRequestName> = z.infer<(typeof HostRequestSchemas)[K]>;

export interface DocumentInfo {
  /** Absolute path of the .dialogrum file. */
  path: string;
  name: string;
}

export interface StateSnapshot {
  revision: number;
  workshop: Workshop;
  canUndo: boolean;
  canRedo: boolean;
  document: DocumentInfo;
  /** ISO time the last change reached the disk. */
  savedAt: string | null;
  /**
   * What opening this document repaired or could not recover, in the user's language (empty
   * for a file that opened as it was): the console shows it until the facilitator closes it.
   */
  notices?: string[];
}

export interface Ack {
  revision: number;
}

export interface DocumentListing {
  recent: DocumentInfo[];
  /** Workshops in the host's documents folder (browser mode has no file dialog). */
  available: DocumentInfo[];
}

export interface HostResults {
  getState: StateSnapshot;
  dispatch: Ack;
  undo: Ack;
  redo: Ack;
  newDocument: StateSnapshot;
  openDocument: StateSnapshot;
  saveDocumentAs: StateSnapshot;
  listDocuments: DocumentListing;
  getSettings: Settings;
  updateSettings: Settings;
  newMeetingInSeries: StateSnapshot;
  getJoinState: JoinState;
  openJoining: JoinState;
  closeJoining: JoinState;
  removePhone: JoinState;
  setInputLocked: JoinState;
  getSession: Session;
  getPresence: Editor[];
  setPresence: null;
  getTeamState: TeamState;
  endTeamDevice: TeamState;
  renewTeamCode: TeamState;
}

export type HostHandlers = {
  [K in HostRequestName]: (payload: HostParsedPayload<K>) => Promise<HostResults[K]>;
};

/** Pushed to every subscriber. `patches` are immer patches against the previous revision. */
export type HostEvent =
  | {
      type: 'patches';
      revision: number;
      patches: Patch[];
      canUndo: boolean;
      canRedo: boolean;
      savedAt: string | null;
      /** Which device made the change (issue 16); left out for the facilitator's own. */
      by?: { deviceId: string; name: string };
    }
  | { type: 'snapshot'; snapshot: StateSnapshot }
  /**
   * A refused undo or redo (undo-conflict) changes no data but drops the entry, so the device
   * may have nothing left to undo: its canUndo / canRedo at `revision`, without patches. Like
   * `patches`, the host's carries the facilitator's; the team server tells each device its own.
   */
  | { type: 'history'; revision: number; canUndo: boolean; canRedo: boolean }
  | { type: 'settings'; settings: Settings }
  /** Who has joined from a phone, whether joining is open, input locked (issue 8). */
  | { type: 'join'; join: JoinState }
  /** Who is in which text field (issue 16), whole each time: a handful of devices. */
  | { type: 'presence'; editors: Editor[] }
  /** The team devices and their codes: the facilitator's console only (issue 16). */
  | { type: 'team'; team: TeamState };

/** An error as it crosses a transport: a code the renderer can translate, and a message. */
export interface HostErrorPayload {
  code: DomainErrorCode | 'document-error' | 'transport-error' | 'internal';
  message: string;
  /** What the renderer needs to say which field was refused and why (e.g. field, limit). */
  details?: Record<string, string | number>;
}

export const HOST_EVENT_CHANNEL = 'dialogrum:event';
export const HOST_REQUEST_CHANNEL = 'dialogrum:request';

/** What a request returns across any transport: never a thrown error, always one of these. */
export type HostResponse<K extends HostRequestName = HostRequestName> =
  { ok: true; result: HostResults[K] } | { ok: false; error: HostErrorPayload };

/**
 * The one small global the preload exposes (`window.dialogrum`), after VS Code's preload:
 * two functions, every channel fixed, nothing of Node or Electron leaks through.
 */
export interface DialogrumBridge {
  request<K extends HostRequestName>(name: K, payload: HostPayload<K>): Promise<HostResponse<K>>;
  onEvent(listener: (event: HostEvent) => void): () => void;
  /** Save one export through the shell's save dialog (shared/exporters/exportQuery.ts). */
  exportFile?(request: ExportRequestInput): Promise<ExportFileResult>;
}
