import type { BrowserContext } from '@playwright/test';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { AppServer } from './appServer';

/**
 * One fake clock for the pages and the host. The pages get Playwright's clock (page.clock,
 * per browser context); the host reads a millisecond offset from a file named by
 * DIALOGRUM_TEST_CLOCK (main/serve.ts). Both run on in real time from the same start and jump
 * forward together, so host timestamps and page clocks agree.
 */
export class SharedClock {
  private offset = 0;

  private constructor(
    private readonly dir: string,
    readonly file: string,
  ) {}

  static async create(): Promise<SharedClock> {
    const dir = await mkdtemp(path.join(tmpdir(), 'dialogrum-clock-'));
    const clock = new SharedClock(dir, path.join(dir, 'offset'));
    await clock.write();
    return clock;
  }

  /** A server whose host reads this clock. */
  async startServer(): Promise<AppServer> {
    process.env.DIALOGRUM_TEST_CLOCK = this.file;
    try {
      return await AppServer.start();
    } finally {
      delete process.env.DIALOGRUM_TEST_CLOCK;
    }
  }

  /** Sets every clock to `at`, from where it runs on; call before the pages load. */
  async install(contexts: BrowserContext[], at: Date): Promise<void> {
    this.offset = at.getTime() - Date.now();
    await this.write();
    for (const context of contexts) await context.clock.install({ time: at });
  }

  /** Jumps every clock forward by `ms`, firing the pages' timers that fall due on the way. */
  async forward(contexts: BrowserContext[], ms: number): Promise<void> {
    this.offset += ms;
    await this.write();
    for (const context of contexts) await context.clock.fastForward(ms);
  }

  async dispose(): Promise<void> {
    await rm(this.dir, { recursive: true, force: true });
  }

  private write(): Promise<void> {
    return writeFile(this.file, String(this.offset));
  }
}
