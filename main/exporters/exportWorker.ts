// The export worker thread's entry: exports one workshop per message, off the host's thread, so a
// 5,000-action workbook never holds up a command, an event or the console (issue 6).
import { parentPort } from 'node:worker_threads';
import type { Workshop } from '../../shared/model/workshop';
import { exportFiles } from './exportWorkshop';
import type { WorkerReply, WorkerTask } from './exportWorkerProtocol';

async function handle(task: WorkerTask): Promise<WorkerReply> {
  try {
    const results = await exportFiles(task.workshop as Workshop, task.format, {
      ...task.options,
      generatedAt: new Date(task.generatedAt),
    });
    return { id: task.id, ok: true, results };
  } catch (error) {
    return {
      id: task.id,
      ok: false,
      message: error instanceof Error ? error.message : String(error),
    };
  }
}

const port = parentPort;
if (port) {
  port.on('message', (task: WorkerTask) => {
    void handle(task).then((reply) => {
      // The bytes move to the host thread instead of being copied (each buffer listed once).
      const buffers = reply.ok ? reply.results.map((r) => r.bytes.buffer as ArrayBuffer) : [];
      port.postMessage(reply, [...new Set(buffers)]);
    });
  });
}
