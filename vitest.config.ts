import { defineConfig } from 'vitest/config';
import { jsonPagePart } from './scripts/jsonPagePart';

// Unit and host tests sit beside the code; end-to-end tests (Playwright) live under test/e2e.
export default defineConfig({
  // The pages' parts of the translation files (renderer/src/i18n/projectorDa.ts).
  plugins: [jsonPagePart()],
  test: {
    include: [
      'shared/**/*.test.ts',
      'main/**/*.test.ts',
      'renderer/**/*.test.{ts,tsx}',
      'test/unit/**/*.test.ts',
      // The npm scripts' own logic (scripts/start.mjs, scripts/buildStamp.mjs).
      'scripts/**/*.test.mjs',
    ],
    testTimeout: 30_000,
  },
});
