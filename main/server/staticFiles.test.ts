import { request } from 'node:http';
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { brotliCompressSync, brotliDecompressSync, gunzipSync, gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createFakeHost } from './fakeHost';
import { startServer, type RunningServer } from './httpServer';
import { makeStaticFixture } from './testSupport';

const SCRIPT = `export const words = ${JSON.stringify('sundhedsstyregruppe '.repeat(200))};`;

let fixture: Awaited<ReturnType<typeof makeStaticFixture>>;
let server: RunningServer;

beforeAll(async () => {
  fixture = await makeStaticFixture();
  const file = path.join(fixture.root, 'assets', 'big-5678.js');
  // As scripts/precompress.mjs leaves the build: the file, and its .br and .gz beside it.
  await writeFile(file, SCRIPT);
  await writeFile(`${file}.br`, brotliCompressSync(SCRIPT));
  await writeFile(`${file}.gz`, gzipSync(SCRIPT));
  server = await startServer({ host: createFakeHost(), staticDir: fixture.root, port: 0 });
});

afterAll(async () => {
  await server.close();
  await fixture.done();
});

function get(urlPath: string, acceptEncoding?: string) {
  return new Promise<{ headers: Record<string, unknown>; body: Buffer }>((resolve, reject) => {
    const req = request(
      {
        host: '127.0.0.1',
        port: server.port,
        path: urlPath,
        headers: acceptEncoding ? { 'Accept-Encoding': acceptEncoding } : {},
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => resolve({ headers: res.headers, body: Buffer.concat(chunks) }));
      },
    );
    req.on('error', reject);
    req.end();
  });
}

describe('precompressed assets', () => {
  it('sends brotli to a browser that takes it, and the bytes unpack to the script', async () => {
    const res = await get('/assets/big-5678.js', 'gzip, deflate, br');
    expect(res.headers['content-encoding']).toBe('br');
    expect(res.headers['vary']).toBe('Accept-Encoding');
    expect(res.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    expect(res.body.length).toBeLessThan(SCRIPT.length / 4);
    expect(brotliDecompressSync(res.body).toString()).toBe(SCRIPT);
  });

  it('sends gzip where brotli is not taken', async () => {
    const res = await get('/assets/big-5678.js', 'gzip');
    expect(res.headers['content-encoding']).toBe('gzip');
    expect(gunzipSync(res.body).toString()).toBe(SCRIPT);
  });

  it('sends plain bytes when no encoding is asked for, or none was written', async () => {
    const plain = await get('/assets/big-5678.js');
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.body.toString()).toBe(SCRIPT);
    const small = await get('/assets/app-1234.css', 'br');
    expect(small.headers['content-encoding']).toBeUndefined();
    expect(small.body.toString()).toBe('body{}');
  });

  it('never encodes a page (its CSP header is read from the HTML)', async () => {
    const page = await get('/', 'br, gzip');
    expect(page.headers['content-encoding']).toBeUndefined();
    expect(page.body.toString()).toContain('<title>console</title>');
  });
});
