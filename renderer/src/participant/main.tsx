import '../styles/base.css';
import './phone.css';
import { nanoid } from 'nanoid';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { JoinCodeSchema } from '../../../shared/phones/protocol';
import { applyLanguage, initI18n } from '../i18n/i18n';
import { initialLanguage } from './phoneLanguage';
import { createPhoneSession } from './phoneSession';
import { browserStore } from './phoneStorage';
import { PhoneApp } from './PhoneApp';

/** The participant's phone page, opened from the QR code at /join?c=CODE. */
const store = browserStore();
initI18n();
applyLanguage(initialLanguage(store, navigator.languages ?? [navigator.language]));

const code = JoinCodeSchema.safeParse(
  (new URLSearchParams(location.search).get('c') ?? '').trim().toUpperCase(),
);
const session = code.success
  ? createPhoneSession({ origin: location.origin, code: code.data, store, makeId: nanoid })
  : null;

const container = document.getElementById('root');
if (!container) throw new Error('No #root element');
createRoot(container).render(
  <StrictMode>
    <PhoneApp session={session} store={store} />
  </StrictMode>,
);
