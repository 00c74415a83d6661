import '../styles/print.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { startI18n } from '../i18n/i18n';
import { printStrings } from '../i18n/printStrings';
import { PrintApp } from './PrintApp';
import { printOptionsFrom } from './printOptions';

// The print view needs no live connection: it reads the workshop once, draws it, and is printed.
// Its language is the one asked for in the address, loaded before the first render.
const options = printOptionsFrom(window.location.search);
const container = document.getElementById('root');
if (!container) throw new Error('No #root element');
const render = () =>
  createRoot(container).render(
    <StrictMode>
      <PrintApp options={options} />
    </StrictMode>,
  );
startI18n(printStrings, options.language).then(render, render);
