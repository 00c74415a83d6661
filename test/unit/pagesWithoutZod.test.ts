import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build, type Rolldown } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

/**
 * zod is the host's: it checks everything the host receives. The pages get data the host has
 * already checked, so none of them loads zod at first (issue 15: it was ~92 KB of every page and
 * ~34 ms of the console's start). This builds the pages as `npm run build` does (vite.config.ts,
 * in memory) and looks at what each page loads before it runs: its entry chunk and every chunk
 * that imports statically. A page may still import() a schema where it checks untrusted data
 * (the print view's handed-in workshop).
 */

const repoRoot = fileURLToPath(new URL('../../', import.meta.url));
const ZOD = `${path.sep}node_modules${path.sep}zod${path.sep}`;

type Chunk = Rolldown.OutputChunk;

async function buildChunks(outDir: string, mode: string): Promise<Chunk[]> {
  const result = await build({
    configFile: path.join(repoRoot, 'vite.config.ts'),
    mode,
    logLevel: 'silent',
    build: { write: false, outDir, emptyOutDir: false },
  });
  const outputs = Array.isArray(result) ? result : [result];
  return outputs.flatMap((output) =>
    'output' in output ? output.output.filter((o): o is Chunk => o.type === 'chunk') : [],
  );
}

/**
 * Every module the page runs before it starts (its entry chunk and the chunks that imports
 * statically), or, with `later`, also every module it may import() afterwards.
 */
function pageModules(chunks: readonly Chunk[], page: string, later = false): string[] {
  const byFile = new Map(chunks.map((c) => [c.fileName, c]));
  const entry = chunks.find((c) => c.isEntry && c.name === page);
  if (!entry) throw new Error(`no entry chunk "${page}" in the build`);
  const seen = new Set<Chunk>();
  const visit = (chunk: Chunk) => {
    if (seen.has(chunk)) return;
    seen.add(chunk);
    for (const file of later ? [...chunk.imports, ...chunk.dynamicImports] : chunk.imports) {
      const next = byFile.get(file);
      if (next) visit(next);
    }
  };
  visit(entry);
  return [...seen].flatMap((c) => c.moduleIds);
}

/** Our modules on the page that import zod themselves: where to cut, when this test fails. */
async function zodImporters(modules: readonly string[]): Promise<string[]> {
  const ours = modules.filter((id) => id.startsWith(repoRoot) && /\.tsx?$/.test(id));
  const found: string[] = [];
  for (const id of ours) {
    const source = await readFile(id, 'utf8');
    if (/from ['"]zod(\/[\w-]+)?['"]/.test(source)) found.push(path.relative(repoRoot, id));
  }
  return found;
}

let outDir = '';
let pages: Chunk[] = [];
let phone: Chunk[] = [];

beforeAll(async () => {
  outDir = await mkdtemp(path.join(tmpdir(), 'dialogrum-no-zod-'));
  pages = await buildChunks(outDir, 'production');
  phone = await buildChunks(outDir, 'participant');
}, 120_000);

afterAll(async () => {
  if (outDir) await rm(outDir, { recursive: true, force: true });
});

describe('zod stays out of the pages’ first load', () => {
  it.each([
    ['console', 'index'],
    ['projector', 'projector'],
    ['print view', 'print'],
  ])('the %s loads no zod before it starts', async (_name, page) => {
    const modules = pageModules(pages, page);
    const zod = modules.filter((id) => id.includes(ZOD));
    // On failure: the page's own modules that import zod (or reach it through a schema module).
    expect({ zodModules: zod.length, importers: await zodImporters(modules) }).toEqual({
      zodModules: 0,
      importers: [],
    });
    // The check sees the page at all: React and the page's own code are there.
    expect(modules.some((id) => id.includes(`${path.sep}react-dom${path.sep}`))).toBe(true);
  });

  it('the phone page loads no zod', async () => {
    const modules = pageModules(phone, 'participant');
    expect(modules.filter((id) => id.includes(ZOD))).toEqual([]);
    expect(modules.some((id) => id.includes(`${path.sep}preact${path.sep}`))).toBe(true);
  });

  it('the print view still checks a handed-in workshop: it imports the schema when one comes', () => {
    const later = pageModules(pages, 'print', true);
    expect(later.some((id) => id.includes(ZOD))).toBe(true);
    expect(later.some((id) => id.endsWith(path.join('shared', 'model', 'workshop.ts')))).toBe(true);
  });
});
