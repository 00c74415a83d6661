import react from '@vitejs/plugin-react';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

const here = (path: string) => fileURLToPath(new URL(path, import.meta.url));

/**
 * The renderer: two pages (the facilitator's console and the projector) built into
 * dist/renderer with relative URLs, so Electron can load them from disk and the browser-mode
 * server can serve them from any path.
 */
export default defineConfig({
  root: here('./renderer'),
  base: './',
  plugins: [react()],
  build: {
    // DIALOGRUM_DIST_DIR: build somewhere else than dist/ (engineers building side by side).
    outDir: process.env.DIALOGRUM_DIST_DIR
      ? `${process.env.DIALOGRUM_DIST_DIR}/renderer`
      : here('./dist/renderer'),
    emptyOutDir: true,
    // The CSP allows images from data: but nothing else inline; keep every asset a file.
    assetsInlineLimit: 0,
    rolldownOptions: {
      input: {
        index: here('./renderer/index.html'),
        projector: here('./renderer/projector.html'),
        // The minutes' print view (PDF): issue 6.
        print: here('./renderer/print.html'),
        participant: here('./renderer/participant.html'),
      },
    },
  },
});
