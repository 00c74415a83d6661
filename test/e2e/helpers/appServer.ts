import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const repoRoot = fileURLToPath(new URL('../../../', import.meta.url));
// DIALOGRUM_DIST_DIR: test a build made elsewhere than dist/ (see scripts/buildMain.mjs).
const distDir = path.resolve(repoRoot, process.env.DIALOGRUM_DIST_DIR ?? 'dist');
const serveScript = path.join(distDir, 'main/serve.js');
const READY = /Dialogrum is running at (http:\/\/\S+\/) \(projector: (\S+)\)/;

/**
 * The built browser-mode server as a child process, the way a user runs it. Stop and start
 * again keep the data folder and (when it is free) the port, so open pages reconnect to it.
 */
export class AppServer {
  url = '';
  projectorUrl = '';
  port = 0;
  /** Everything the process printed, for failure messages. */
  output = '';
  private child: ChildProcess | null = null;

  private constructor(
    readonly dataDir: string,
    private readonly extraArgs: string[],
    private readonly sample: boolean,
  ) {}

  /**
   * Starts a server on a fresh data folder (removed again by dispose). It starts with an empty
   * workshop unless `sample` asks for the first-run sample a user gets.
   */
  static async start(
    extraArgs: string[] = [],
    options: { sample?: boolean } = {},
  ): Promise<AppServer> {
    if (!existsSync(serveScript)) {
      throw new Error(`${serveScript} is missing: run npm run build before the end-to-end tests`);
    }
    const dataDir = await mkdtemp(path.join(tmpdir(), 'dialogrum-e2e-'));
    const server = new AppServer(dataDir, extraArgs, options.sample ?? false);
    await server.launch(0);
    return server;
  }

  private async launch(port: number): Promise<void> {
    const child = spawn(
      process.execPath,
      [serveScript, '--port', String(port), '--data-dir', this.dataDir, ...this.extraArgs],
      {
        cwd: repoRoot,
        stdio: ['ignore', 'pipe', 'pipe'],
        env: this.sample ? process.env : { ...process.env, DIALOGRUM_NO_SAMPLE: '1' },
      },
    );
    this.child = child;
    await new Promise<void>((resolve, reject) => {
      const timer = setTimeout(() => {
        reject(new Error(`The server did not start within 15 s:\n${this.output}`));
      }, 15_000);
      const onData = (chunk: Buffer) => {
        this.output += chunk.toString();
        const match = READY.exec(
          this.output.slice(this.output.lastIndexOf('Dialogrum is running')),
        );
        if (match?.[1] && match[2]) {
          clearTimeout(timer);
          this.url = match[1];
          this.projectorUrl = match[2];
          this.port = Number(new URL(match[1]).port);
          resolve();
        }
      };
      child.stdout?.on('data', onData);
      child.stderr?.on('data', (chunk: Buffer) => (this.output += chunk.toString()));
      child.once('exit', (code) => {
        clearTimeout(timer);
        reject(new Error(`The server exited with ${code} before it was ready:\n${this.output}`));
      });
    });
  }

  /** SIGTERM, as Ctrl+C would: the host flushes and the process exits by itself. */
  async stop(): Promise<number | null> {
    const child = this.child;
    if (!child || child.exitCode !== null) return child?.exitCode ?? null;
    this.child = null;
    const exited = new Promise<number | null>((resolve) =>
      child.once('exit', (code) => resolve(code)),
    );
    child.kill('SIGTERM');
    const timer = setTimeout(() => child.kill('SIGKILL'), 10_000);
    const code = await exited;
    clearTimeout(timer);
    return code;
  }

  /** Stop, then start again on the same data folder and the same port. */
  async restart(): Promise<void> {
    const exitCode = await this.stop();
    if (exitCode !== 0) throw new Error(`The server exited with ${exitCode}:\n${this.output}`);
    await this.launch(this.port);
  }

  async dispose(): Promise<void> {
    await this.stop();
    await rm(this.dataDir, { recursive: true, force: true });
  }
}
