import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';

/**
 * What can be checked of packaging without Electron's binary (which cannot be downloaded here):
 * electron-builder.yml against electron-builder's own schema, with its own validator. Building
 * the installers needs a machine with network access (README, Packaging).
 */
const require = createRequire(import.meta.url);

interface BuilderConfig {
  [key: string]: unknown;
  linux?: Record<string, unknown>;
  fileAssociations?: { ext: string }[];
}

const yaml = require('js-yaml') as { load(text: string): unknown };
const { validateConfiguration } = require('app-builder-lib/out/util/config/config.js') as {
  validateConfiguration(config: BuilderConfig, logger: unknown): Promise<void>;
};
const { DebugLogger } = require('builder-util/out/DebugLogger.js') as {
  DebugLogger: new (enabled: boolean) => unknown;
};

const config = yaml.load(
  readFileSync(new URL('../../electron-builder.yml', import.meta.url), 'utf8'),
) as BuilderConfig;

describe('electron-builder.yml', () => {
  it("passes electron-builder's own schema validation", async () => {
    await expect(validateConfiguration(config, new DebugLogger(false))).resolves.toBeUndefined();
  }, 60_000);

  it('is refused by that validator when a key is wrong (so the check above can fail)', async () => {
    const wrong = { ...config, linux: { ...config.linux, targett: 'AppImage' } };
    await expect(validateConfiguration(wrong, new DebugLogger(false))).rejects.toThrow(
      /Invalid configuration/,
    );
  }, 60_000);

  it('associates .dialogrum files, which a second launch then hands to the running app', () => {
    expect(config.fileAssociations?.map((a) => a.ext)).toEqual(['dialogrum']);
  });
});
