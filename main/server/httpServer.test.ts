import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createFakeHost } from './fakeHost';
import { startServer, type RunningServer } from './httpServer';
import { makeStaticFixture, PAGE_CSP, rawGet } from './testSupport';

let fixture: Awaited<ReturnType<typeof makeStaticFixture>>;
let server: RunningServer;

beforeAll(async () => {
  fixture = await makeStaticFixture();
  server = await startServer({ host: createFakeHost(), staticDir: fixture.root, port: 0 });
});

afterAll(async () => {
  await server.close();
  await fixture.done();
});

describe('static files', () => {
  it('binds to 127.0.0.1 and reports its url', () => {
    expect(server.url).toBe(`http://127.0.0.1:${server.port}/`);
  });

  it('serves the console at / and the projector at /projector, with the page CSP as header', async () => {
    const console = await rawGet(server.port, '/');
    expect(console.status).toBe(200);
    expect(console.body).toContain('<title>console</title>');
    expect(console.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(console.headers['content-security-policy']).toBe(PAGE_CSP);
    expect(console.headers['x-content-type-options']).toBe('nosniff');
    expect(console.headers['referrer-policy']).toBe('no-referrer');

    const projector = await rawGet(server.port, '/projector');
    expect(projector.status).toBe(200);
    expect(projector.body).toContain('<title>projector</title>');
  });

  it('gives scripts and styles their MIME types', async () => {
    const js = await rawGet(server.port, '/assets/app-1234.js');
    expect(js.headers['content-type']).toBe('text/javascript; charset=utf-8');
    expect(js.body).toBe('console.log(1);');
    const css = await rawGet(server.port, '/assets/app-1234.css');
    expect(css.headers['content-type']).toBe('text/css; charset=utf-8');
  });

  it('answers HEAD without a body and refuses other methods', async () => {
    const head = await rawGet(server.port, '/', {}, 'HEAD');
    expect(head.status).toBe(200);
    expect(head.body).toBe('');
    const post = await rawGet(server.port, '/', {}, 'POST');
    expect(post.status).toBe(405);
  });

  it.each([
    '/../secret.txt',
    '/assets/../../secret.txt',
    '/%2e%2e/secret.txt',
    '/%2e%2e%2fsecret.txt',
    '/assets/%2e%2e%2f%2e%2e%2fsecret.txt',
    '/..%5csecret.txt',
    '/%00index.html',
    '/%E0%A4%A',
    '/link.txt',
  ])('refuses to leave the static folder: %s', async (path) => {
    const res = await rawGet(server.port, path);
    expect(res.status).toBe(404);
    expect(res.body).not.toContain('SECRET');
  });

  it('answers 404 for unknown files and for the folder itself', async () => {
    expect((await rawGet(server.port, '/nope.js')).status).toBe(404);
    expect((await rawGet(server.port, '/assets')).status).toBe(404);
    expect((await rawGet(server.port, '/assets/')).status).toBe(404);
  });

  it('answers a missing favicon with 204, so the browser logs no error', async () => {
    expect((await rawGet(server.port, '/favicon.ico')).status).toBe(204);
  });

  it('refuses requests for another host name (DNS rebinding)', async () => {
    const res = await rawGet(server.port, '/', { host: `evil.example:${server.port}` });
    expect(res.status).toBe(421);
    expect(res.body).not.toContain('console');
    const local = await rawGet(server.port, '/', { host: `localhost:${server.port}` });
    expect(local.status).toBe(200);
  });
});
