import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { brotliCompressSync } from 'node:zlib';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ACTIONS, PEOPLE } from '../../../test/fixtures/corpus/sentences';
import { createExportService, type ExportService } from '../../exporters/exportService';
import { PAGE_CSP, rawGet } from '../testSupport';
import { decidingMeeting, joinTeam, startTeamFixture, type TeamFixture } from './teamTestSupport';

let f: TeamFixture;
let exports: ExportService | null = null;

beforeEach(async () => {
  f = await startTeamFixture();
  await f.dispatch(...decidingMeeting(), {
    type: 'action.add',
    action: { id: 'a1', pointId: 'pt1', what: ACTIONS[4], ownerIds: ['p2'] },
  });
});

afterEach(async () => {
  await f.done();
  await exports?.close();
  exports = null;
});

describe('the team pages on the phone server', () => {
  it('serves the console and the projector with their CSP, and any asset of the build', async () => {
    const { port } = await f.open();
    const console = await rawGet(port, '/console?code=ABCDEF');
    expect(console.status).toBe(200);
    expect(console.body).toContain('<title>console</title>');
    expect(console.headers['content-security-policy']).toBe(PAGE_CSP);
    expect(console.headers['x-frame-options']).toBe('DENY');
    expect(console.headers['cache-control']).toBe('no-cache');
    const projector = await rawGet(port, '/projector');
    expect(projector.body).toContain('<title>projector</title>');
    // The print view, for the minutes as PDF: a page without data (it fetches with its token).
    await writeFile(
      path.join(f.staticDir, 'print.html'),
      console.body.replaceAll('console', 'print'),
    );
    const print = await rawGet(port, '/print?lang=da');
    expect(print.status).toBe(200);
    expect(print.body).toContain('<title>print</title>');
    expect(print.headers['content-security-policy']).toBe(PAGE_CSP);
    const asset = await rawGet(port, '/assets/app-1234.js');
    expect(asset.status).toBe(200);
    expect(asset.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    // The phone page is as it was.
    expect((await rawGet(port, '/join')).body).toContain('phone');
    for (const other of ['/', '/index.html', '/print.html', '/assets/../index.html', '/link.txt']) {
      expect((await rawGet(port, other)).status, other).toBe(404);
    }
    // The browser's own request for an icon is answered "none", not logged as an error.
    expect((await rawGet(port, '/favicon.ico')).status).toBe(204);
    expect((await rawGet(port, '/console', {}, 'POST')).status).toBe(405);
    expect((await rawGet(port, '/console', { host: `evil.example:${port}` })).status).toBe(421);
  });

  it('sends the build’s brotli copy of an asset to a browser that takes it', async () => {
    const file = path.join(f.staticDir, 'assets', 'app-1234.js');
    await writeFile(`${file}.br`, brotliCompressSync('console.log(1);'));
    const { port } = await f.open();
    const compressed = await rawGet(port, '/assets/app-1234.js', { 'accept-encoding': 'br' });
    expect(compressed.headers['content-encoding']).toBe('br');
    expect(compressed.headers.vary).toBe('Accept-Encoding');
    const plain = await rawGet(port, '/assets/app-1234.js');
    expect(plain.body).toBe('console.log(1);');
  });
});

describe('the referent’s downloads', () => {
  it('gives a referent the action list through the host’s export service', async () => {
    exports = createExportService();
    f.phones.useExports(exports);
    const { team, origin, port } = await f.open();
    const { token } = await joinTeam(origin, team, 'referent', 'Mette Kjærgaard');
    const res = await rawGet(port, `/team/export?token=${token}&format=csv&lang=da`, {
      origin,
      'sec-fetch-site': 'same-origin',
    });
    expect(res.status).toBe(200);
    expect(res.headers['content-disposition']).toMatch(/^attachment; filename=/);
    expect(res.body).toContain(ACTIONS[4]);
    expect(res.body).toContain(PEOPLE[1]!.name);
  });

  it('gives the referent’s print view the workshop, without where it lives on the laptop', async () => {
    exports = createExportService();
    f.phones.useExports(exports);
    const { team, origin, port } = await f.open();
    const referent = await joinTeam(origin, team, 'referent', 'Mette Kjærgaard');
    const projector = await joinTeam(origin, team, 'projector', 'Mødelokale 2');
    // As the print view asks: same origin, so the browser sends no Origin on a GET.
    const asked = (token: string) =>
      rawGet(port, `/team/export?token=${token}&format=json`, { 'sec-fetch-site': 'same-origin' });
    const res = await asked(referent.token);
    expect(res.status).toBe(200);
    expect(res.body).toContain(ACTIONS[4]);
    const { document } = await f.host.handlers.getState(undefined);
    expect(res.body).not.toContain(document.path);
    for (const token of [projector.token, '']) {
      const refused = await asked(token);
      expect(refused.status).toBe(403);
      expect(refused.body).not.toContain(ACTIONS[4]);
    }
  });

  it('refuses the projector, an unknown token, another site, and says when there is no service', async () => {
    const { team, origin, port } = await f.open();
    const referent = await joinTeam(origin, team, 'referent', 'Mette Kjærgaard');
    const query = `format=csv&lang=da`;
    expect((await rawGet(port, `/team/export?token=${referent.token}&${query}`)).status).toBe(503);

    exports = createExportService();
    f.phones.useExports(exports);
    const projector = await joinTeam(origin, team, 'projector', 'Mødelokale 2');
    const refused = await rawGet(port, `/team/export?token=${projector.token}&${query}`);
    expect(refused.status).toBe(403);
    expect(refused.body).not.toContain(ACTIONS[4]);
    expect((await rawGet(port, `/team/export?token=nope&${query}`)).status).toBe(403);
    expect(
      (
        await rawGet(port, `/team/export?token=${referent.token}&${query}`, {
          origin: 'http://evil.example',
        })
      ).status,
    ).toBe(403);
    expect(
      (
        await rawGet(port, `/team/export?token=${referent.token}&${query}`, {
          'sec-fetch-site': 'cross-site',
        })
      ).status,
    ).toBe(403);
    await f.phones.handlers.endTeamDevice({ deviceId: referent.deviceId });
    expect((await rawGet(port, `/team/export?token=${referent.token}&${query}`)).status).toBe(403);
  });
});
