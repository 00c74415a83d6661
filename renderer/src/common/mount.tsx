import { StrictMode, type ComponentType } from 'react';
import { createRoot } from 'react-dom/client';
import { createClient } from '../client/createClient';
import { currentTeamPage } from '../client/teamPage';
import { createWorkshopStore } from '../client/workshopStore';
import { laterPageStrings, startI18n, type StringLoaders } from '../i18n/i18n';
import { createErrorStore } from './errorStore';
import { markFirstScreen } from './firstScreen';
import { HostProvider, type HostServices } from './hostContext';
import { lazyPartsNeed, warmLazyParts } from './lazy/lazyPart';
import { LanguageSync } from './LanguageSync';

/**
 * Start a page: the host client and store, and the strings of the language last used; the view
 * renders once they are here, so its first frame is already translated. LanguageSync then
 * follows the host's settings. `laterStrings`: those only the page's lazy parts show, which come
 * with the first of them. A team device's page (issue 16) joins first: its code is loaded
 * only there.
 */
export async function mount(
  App: ComponentType,
  strings: StringLoaders,
  laterStrings?: StringLoaders,
): Promise<HostServices | null> {
  const language = startI18n(strings);
  if (laterStrings) lazyPartsNeed(laterPageStrings(laterStrings));
  const team = currentTeamPage();
  if (team) {
    const [{ startTeamPage }] = await Promise.all([
      import('../team/startTeamPage'),
      language.catch((error: unknown) => console.error('Dialogrum: no strings', error)),
    ]);
    const root = document.getElementById('root');
    if (!root) throw new Error('No #root element');
    await startTeamPage({ App, container: root, page: team, laterStrings });
    return null;
  }
  const client = createClient();
  const services: HostServices = {
    client,
    store: createWorkshopStore(client),
    errors: createErrorStore(),
  };
  const container = document.getElementById('root');
  if (!container) throw new Error('No #root element');
  // Should the strings fail to load, the page still shows (with its keys) rather than nothing.
  await language.catch((error: unknown) => console.error('Dialogrum: no strings', error));
  createRoot(container).render(
    <StrictMode>
      <HostProvider services={services}>
        <LanguageSync />
        <App />
      </HostProvider>
    </StrictMode>,
  );
  markFirstScreen();
  // What opens on demand (dialogs, screens, some projector views) loads after the first screen.
  warmLazyParts();
  return services;
}
