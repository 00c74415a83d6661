import { StrictMode, type ComponentType } from 'react';
import { createRoot } from 'react-dom/client';
import type { TeamPage } from '../client/teamPage';
import { markFirstScreen } from '../common/firstScreen';
import { warmLazyParts } from '../common/lazy/lazyPart';
import { laterPageStrings, type StringLoaders } from '../i18n/i18n';
import { teamStrings } from '../i18n/teamStrings';
import { TeamGate } from './TeamGate';

export interface TeamPageOptions {
  App: ComponentType;
  container: HTMLElement;
  page: TeamPage;
  /** The console's strings beyond its first screen: the join page's are among them. */
  laterStrings?: StringLoaders;
}

/**
 * A team device's page (issue 16), loaded only there: the facilitator's own console and
 * projector never fetch it. It renders the join page or, once joined, the page as this device.
 */
export async function startTeamPage(options: TeamPageOptions): Promise<void> {
  const loads = [teamStrings, ...(options.laterStrings ? [options.laterStrings] : [])];
  await Promise.all(loads.map((strings) => laterPageStrings(strings)())).catch((error: unknown) =>
    console.error('Dialogrum: no strings', error),
  );
  createRoot(options.container).render(
    <StrictMode>
      <TeamGate page={options.page} App={options.App} />
    </StrictMode>,
  );
  markFirstScreen();
  warmLazyParts();
}
