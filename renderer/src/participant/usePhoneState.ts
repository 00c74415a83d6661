import { useSyncExternalStore } from 'react';
import type { PhoneSession, PhoneSessionState } from './phoneSession';

export function usePhoneState(session: PhoneSession): PhoneSessionState {
  return useSyncExternalStore(session.subscribe, session.getState);
}
