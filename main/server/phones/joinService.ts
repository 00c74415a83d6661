/** The join service's interface belongs to the host (main/host/hostTypes.ts); phones implement it. */
export {
  CLOSED_JOIN_STATE,
  noJoining,
  type JoinContext,
  type JoinHandlers,
  type JoinRequestName,
  type JoinService,
} from '../../host/hostTypes';
