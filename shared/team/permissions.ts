import type { HostRequestName } from '../api';
import type { DeviceRole } from './roles';

/**
 * What each role may ask of the host (issue 16). The facilitator may do everything; the team
 * server checks every request a team device sends against these lists, in one place
 * (main/server/team/teamRequests.ts), before the router sees it. Zod-free: the console uses the
 * same lists to show each role only the controls it may use.
 */

/** The referent: notes, questions, positions, conclusions, actions, ideas on the turn holder's behalf. */
const REFERENT_COMMANDS = [
  'point.setNotes',
  'point.setClarification',
  'question.add',
  'question.remove',
  'idea.add',
  'idea.update',
  'position.add',
  'position.remove',
  'conclusion.add',
  'conclusion.update',
  'action.add',
  'action.update',
  'action.followUp',
  'exercise.note',
] as const;

/** The co-facilitator: the referent's, plus rooms, turns, timers, exercises, idea killers, clusters, dots. */
const COFACILITATOR_COMMANDS = [
  ...REFERENT_COMMANDS,
  'point.start',
  'point.finish',
  'room.next',
  'room.previous',
  'room.goTo',
  'turns.setup',
  'turns.take',
  'turns.change',
  'turns.move',
  'turns.leaveOut',
  'turns.include',
  'timer.control',
  'timer.extend',
  'room.setBudget',
  'timer.setTurnTime',
  'exercise.add',
  'exercise.remove',
  'exercise.start',
  'exercise.nextStep',
  'exercise.previousStep',
  'exercise.setPairs',
  'exercise.movePerson',
  'exercise.setSpeakers',
  'exercise.switchSpeaker',
  'exercise.finish',
  'killer.flag',
  'killer.update',
  'idea.remove',
  'idea.merge',
  'idea.move',
  'cluster.add',
  'cluster.update',
  'idea.cluster',
  'point.setDots',
  'dot.add',
  'dot.remove',
  'dots.reveal',
] as const;

/** Reading the meeting: every device may. Nothing here carries a file path (the team server strips them). */
const READ_REQUESTS: readonly HostRequestName[] = [
  'getState',
  'getSettings',
  'getSession',
  'getPresence',
];
/** Changing the meeting within the role's commands, and undoing one's own changes. */
const WRITE_REQUESTS: readonly HostRequestName[] = [
  ...READ_REQUESTS,
  'dispatch',
  'undo',
  'redo',
  'setPresence',
];

const REQUESTS: Record<Exclude<DeviceRole, 'facilitator'>, readonly HostRequestName[]> = {
  referent: WRITE_REQUESTS,
  cofacilitator: WRITE_REQUESTS,
  projector: READ_REQUESTS,
};

const COMMANDS: Record<Exclude<DeviceRole, 'facilitator'>, ReadonlySet<string>> = {
  referent: new Set(REFERENT_COMMANDS),
  cofacilitator: new Set(COFACILITATOR_COMMANDS),
  projector: new Set(),
};

/** May this role send this request at all? (Files, settings, joining: the facilitator only.) */
export function mayRequest(role: DeviceRole, name: string): boolean {
  if (role === 'facilitator') return true;
  return (REQUESTS[role] as readonly string[]).includes(name);
}

/** May this role dispatch a command of this type? */
export function mayDispatch(role: DeviceRole, commandType: unknown): boolean {
  if (role === 'facilitator') return true;
  return typeof commandType === 'string' && COMMANDS[role].has(commandType);
}

/** May this role send this request with this payload? The one check the team server makes. */
export function mayAsk(role: DeviceRole, name: string, payload: unknown): boolean {
  if (!mayRequest(role, name)) return false;
  if (name !== 'dispatch') return true;
  const type =
    payload !== null && typeof payload === 'object' ? Reflect.get(payload, 'type') : null;
  return mayDispatch(role, type);
}

/** Downloads of the minutes and lists: the referent and co-facilitator, not the projector. */
export function mayExport(role: DeviceRole): boolean {
  return role !== 'projector';
}
