import '../styles/base.css';
import './phone.css';
import { nanoid } from 'nanoid';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { markFirstScreen } from '../common/firstScreen';
import { isJoinCode } from '../../../shared/phones/contract';
import { phoneI18n } from './i18n/phoneI18n';
import { initialLanguage } from './phoneLanguage';
import { createPhoneSession } from './phoneSession';
import { browserStore } from './phoneStorage';
import { PhoneApp } from './PhoneApp';

/** The participant's phone page, opened from the QR code at /join?c=CODE. */
const store = browserStore();

const code = (new URLSearchParams(location.search).get('c') ?? '').trim().toUpperCase();
const session = isJoinCode(code)
  ? createPhoneSession({ origin: location.origin, code, store, makeId: nanoid })
  : null;

const container = document.getElementById('root');
if (!container) throw new Error('No #root element');
const render = () => {
  createRoot(container).render(
    <StrictMode>
      <PhoneApp session={session} store={store} />
    </StrictMode>,
  );
  markFirstScreen();
};
// Only the participant's language loads at start; rendered once it is here, so no text flickers
// from keys to words. Should it fail to load, the page still shows (with its keys).
phoneI18n
  .setLanguage(initialLanguage(store, navigator.languages ?? [navigator.language]))
  .then(render, render);
