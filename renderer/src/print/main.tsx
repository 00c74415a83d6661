import '../styles/print.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { initI18n } from '../i18n/i18n';
import { PrintApp } from './PrintApp';
import { printOptionsFrom } from './printOptions';

// The print view needs no live connection: it reads the workshop once, draws it, and is printed.
initI18n();
const container = document.getElementById('root');
if (!container) throw new Error('No #root element');
createRoot(container).render(
  <StrictMode>
    <PrintApp options={printOptionsFrom(window.location.search)} />
  </StrictMode>,
);
