import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createFakeHost } from './fakeHost';
import { contentDisposition } from './exportEndpoint';
import { startServer, type RunningServer } from './httpServer';
import { makeStaticFixture, rawGet } from './testSupport';

let fixture: Awaited<ReturnType<typeof makeStaticFixture>>;
let server: RunningServer;
const host = createFakeHost();

beforeAll(async () => {
  fixture = await makeStaticFixture();
  server = await startServer({ host, staticDir: fixture.root, port: 0 });
  await host.handlers.dispatch({
    type: 'workshop.update',
    title: 'Styregruppe for udskrivelse',
  });
  await host.handlers.dispatch({
    type: 'action.add',
    action: { id: 'a1', what: 'Ring til lægerne', due: { kind: 'date', date: '2026-12-01' } },
  });
});

afterAll(async () => {
  await server.close();
  await fixture.done();
});

describe('GET /export (browser-mode downloads)', () => {
  it('downloads the CSV with the chosen separator, as an attachment with the suggested name', async () => {
    const res = await rawGet(server.port, '/export?format=csv&lang=da&sep=%2C', {
      'sec-fetch-site': 'same-origin',
    });
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toBe('text/csv; charset=utf-8');
    expect(res.headers['content-disposition']).toContain(
      "filename*=UTF-8''Handlinger%20-%20Styregruppe%20for%20udskrivelse.csv",
    );
    expect(res.headers['cache-control']).toBe('no-store');
    expect(res.body).toContain('Ring til lægerne,');
    expect(res.body).toContain('01-12-2026');
  });

  it('exports the open workshop as a .dialogrum document at its revision', async () => {
    const res = await rawGet(server.port, '/export?format=json');
    expect(res.status).toBe(200);
    const doc = JSON.parse(res.body) as { revision: number; workshop: { title: string } };
    expect(doc.workshop.title).toBe('Styregruppe for udskrivelse');
    expect(doc.revision).toBe(host.revision);
  });

  it('refuses requests from another site or origin', async () => {
    const cross = await rawGet(server.port, '/export?format=json', {
      'sec-fetch-site': 'cross-site',
    });
    expect(cross.status).toBe(403);
    const origin = await rawGet(server.port, '/export?format=json', {
      origin: 'http://evil.example',
    });
    expect(origin.status).toBe(403);
    const rebound = await rawGet(server.port, '/export?format=json', {
      host: `evil.example:${server.port}`,
    });
    expect(rebound.status).toBe(421);
  });

  it('refuses an unknown format, pdf without a printer (the print view prints it) and other methods', async () => {
    expect((await rawGet(server.port, '/export?format=exe')).status).toBe(400);
    const pdf = await rawGet(server.port, '/export?format=pdf');
    expect(pdf.status).toBe(501);
    expect(pdf.body).toContain('open the print view (print.html)');
    expect((await rawGet(server.port, '/export?format=csv', {}, 'POST')).status).toBe(405);
  });
});

describe('contentDisposition', () => {
  it('keeps an ASCII fallback and the Danish name', () => {
    expect(contentDisposition('Referat - Møde "1".docx')).toBe(
      `attachment; filename="Referat - Mode 1.docx"; filename*=UTF-8''Referat%20-%20M%C3%B8de%20%221%22.docx`,
    );
  });
});
