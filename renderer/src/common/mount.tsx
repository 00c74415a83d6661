import { StrictMode, type ComponentType } from 'react';
import { createRoot } from 'react-dom/client';
import { createClient } from '../client/createClient';
import { createWorkshopStore } from '../client/workshopStore';
import { initI18n } from '../i18n/i18n';
import { createErrorStore } from './errorStore';
import { HostProvider, type HostServices } from './hostContext';
import { LanguageSync } from './LanguageSync';

/** Start a page: translations, the host client and store, then the view. */
export function mount(App: ComponentType): HostServices {
  initI18n();
  const client = createClient();
  const services: HostServices = {
    client,
    store: createWorkshopStore(client),
    errors: createErrorStore(),
  };
  const container = document.getElementById('root');
  if (!container) throw new Error('No #root element');
  createRoot(container).render(
    <StrictMode>
      <HostProvider services={services}>
        <LanguageSync />
        <App />
      </HostProvider>
    </StrictMode>,
  );
  return services;
}
