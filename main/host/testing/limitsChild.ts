/**
 * Child process for the restart tests (limitsRestart.test.ts): opens a document, dispatches the
 * commands in a JSON file, writes the resulting workshop to `stateOut`, prints `ready`, and waits
 * to be killed. SIGTERM closes the host as browser mode does (the journal folded into the file).
 *
 * Run: node --import tsx main/host/testing/limitsChild.ts <documentsDir> <document> <commands.json> <stateOut>
 */
import fs from 'node:fs';
import path from 'node:path';
import type { Command } from '../../../shared/commands';
import { JsonSettingsStore } from '../../settings/jsonSettingsStore';
import { createHost } from '../createHost';

const [documentsDir, document, commandsFile, stateOut] = process.argv.slice(2);
if (!documentsDir || !document || !commandsFile || !stateOut) {
  throw new Error('usage: <documentsDir> <document> <commands.json> <stateOut>');
}

const host = await createHost({
  documentsDir,
  settings: new JsonSettingsStore(path.join(documentsDir, 'settings.json')),
  path: document,
  onWarning: (warning) => process.stderr.write(`warning: ${warning}\n`),
});
process.on('SIGTERM', () => {
  void host.close().then(() => process.exit(0));
});
const commands = JSON.parse(fs.readFileSync(commandsFile, 'utf8')) as Command[];
for (const command of commands) await host.handlers.dispatch(command);
const state = await host.handlers.getState(undefined);
fs.writeFileSync(stateOut, JSON.stringify(state.workshop));
process.stdout.write(`ready ${state.revision}\n`);
setInterval(() => undefined, 60_000); // stay up until killed
