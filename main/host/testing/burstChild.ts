/**
 * Child process for the crash test: opens a document and fires a burst of commands at the host,
 * printing `ack <revision> <pointId>` for each acknowledgement as it arrives. The parent kills it
 * with SIGKILL mid-burst and checks that nothing acknowledged was lost.
 *
 * Run: node --import tsx main/host/testing/burstChild.ts <documentsDir> <document> <count>
 */
import path from 'node:path';
import { JsonSettingsStore } from '../../settings/jsonSettingsStore';
import { createHost } from '../createHost';
import { addPoint } from './hostHarness';

const [documentsDir, document, countText] = process.argv.slice(2);
if (!documentsDir || !document || !countText)
  throw new Error('usage: <documentsDir> <document> <count>');

const host = await createHost({
  documentsDir,
  settings: new JsonSettingsStore(path.join(documentsDir, 'settings.json')),
  path: document,
});
const acks = Array.from({ length: Number(countText) }, async (_, i) => {
  const id = `burst${i}`;
  const { revision } = await host.handlers.dispatch(addPoint(id));
  // One write per line: on Linux a pipe write is synchronous, so a printed ack left the process.
  process.stdout.write(`ack ${revision} ${id}\n`);
});
await Promise.all(acks);
process.stdout.write('done\n');
await host.close();
