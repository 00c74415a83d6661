import react from '@vitejs/plugin-react';
import { fileURLToPath } from 'node:url';
import { defineConfig, type Alias } from 'vite';
import { jsonPagePart } from './scripts/jsonPagePart';

const here = (path: string) => fileURLToPath(new URL(path, import.meta.url));

/**
 * The phone page runs on Preact's compatibility layer: React alone is more than the page's
 * whole budget (test/bench/load.ts), and the page uses nothing Preact lacks.
 */
const PREACT: Alias[] = [
  { find: /^react$/, replacement: 'preact/compat' },
  { find: /^react-dom$/, replacement: 'preact/compat' },
  { find: /^react-dom\/client$/, replacement: 'preact/compat/client' },
  { find: /^react\/jsx-runtime$/, replacement: 'preact/jsx-runtime' },
  { find: /^react\/jsx-dev-runtime$/, replacement: 'preact/jsx-dev-runtime' },
];

const PAGES: Record<string, string> = {
  index: here('./renderer/index.html'),
  projector: here('./renderer/projector.html'),
  // The minutes' print view (PDF): issue 6.
  print: here('./renderer/print.html'),
};
const PHONE_PAGE: Record<string, string> = { participant: here('./renderer/participant.html') };

/** Small modules both pages load first (see `codeSplitting` below). */
const FIRST_LOAD_COMMON =
  /(shared[\\/](settingsChoices|settingsCatalogue|model[\\/]sectorIds)|renderer[\\/]src[\\/]client[\\/]teamPage)\.ts$/;

/**
 * The renderer, built into dist/renderer with relative URLs, so Electron can load it from disk
 * and the browser-mode server can serve it from any path. Two builds: the console, the
 * projector and the print view (`vite build`), then the participants' phone page on its own
 * (`vite build --mode participant`, into the same folder without emptying it). On its own, the
 * phone page shares no chunk with the console: none of its code, no zod, and only the parts of
 * the console's translation files it imports by name (renderer/src/participant/i18n).
 */
export default defineConfig(({ mode }) => {
  const phone = mode === 'participant';
  return {
    root: here('./renderer'),
    base: './',
    plugins: [react(), jsonPagePart()],
    resolve: phone ? { alias: PREACT } : {},
    build: {
      // DIALOGRUM_DIST_DIR: build somewhere else than dist/ (engineers building side by side).
      outDir: process.env.DIALOGRUM_DIST_DIR
        ? `${process.env.DIALOGRUM_DIST_DIR}/renderer`
        : here('./dist/renderer'),
      emptyOutDir: !phone,
      // The CSP allows images from data: but nothing else inline; keep every asset a file.
      assetsInlineLimit: 0,
      rolldownOptions: {
        input: phone ? PHONE_PAGE : PAGES,
        // A few small modules both pages load first, as one file instead of four: each file
        // costs its own request and import boilerplate. Only modules in both first loads go
        // here, so no lazy part's code moves into a first load.
        output: phone
          ? {}
          : {
              codeSplitting: {
                groups: [{ name: 'pageCommon', test: FIRST_LOAD_COMMON }],
              },
            },
      },
    },
  };
});
