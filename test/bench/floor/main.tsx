// The load bench's floor (test/bench/load.ts): an empty React 19 root, built like the app's pages
// (Vite, plugin-react, production). It renders one word, no more: a page that paints nothing has
// no first contentful paint to compare with.
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';

const container = document.getElementById('root');
if (!container) throw new Error('No #root element');
createRoot(container).render(
  <StrictMode>
    <p>Dialogrum</p>
  </StrictMode>,
);
