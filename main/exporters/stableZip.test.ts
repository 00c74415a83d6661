import { deflateRawSync } from 'node:zlib';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { restampZip, w3cDateTime } from './stableZip';

const AT = new Date(Date.UTC(2026, 10, 25, 12, 0, 0));

async function sampleZip(): Promise<Uint8Array> {
  const zip = new JSZip();
  zip.file('[Content_Types].xml', '<Types/>', { date: new Date(Date.UTC(2030, 0, 1)) });
  zip.file('docProps/core.xml', '<created>2030-01-01T00:00:00Z</created>');
  zip.file('stored.txt', 'æøå stored', { compression: 'STORE' });
  zip.folder('empty');
  // streamFiles: sizes after the data (data descriptors), as exceljs' streaming writer does.
  return zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE', streamFiles: true });
}

async function read(bytes: Uint8Array) {
  const zip = await JSZip.loadAsync(bytes);
  return Promise.all(
    Object.values(zip.files).map(async (f) => ({
      name: f.name,
      dir: f.dir,
      date: f.date.toISOString(),
      text: f.dir ? '' : await f.async('string'),
    })),
  );
}

describe('restampZip', () => {
  it('dates every entry with the given time and keeps names, order and contents', async () => {
    const before = await read(await sampleZip());
    const after = await read(restampZip(await sampleZip(), AT));
    expect(after).toEqual(before.map((e) => ({ ...e, date: AT.toISOString() })));
  });

  it('gives the same bytes for the same input, whenever it runs and whatever the zone', async () => {
    const input = await sampleZip();
    const a = restampZip(input, AT);
    const b = restampZip(await sampleZip(), AT);
    expect(Buffer.from(a).equals(Buffer.from(b))).toBe(true);
  });

  it('rewrites the text of named entries (checksums and sizes follow)', async () => {
    const out = restampZip(await sampleZip(), AT, {
      'docProps/core.xml': (xml) => xml.replace('2030-01-01T00:00:00Z', w3cDateTime(AT)),
    });
    const zip = await JSZip.loadAsync(out, { checkCRC32: true });
    expect(await zip.file('docProps/core.xml')?.async('string')).toBe(
      '<created>2026-11-25T12:00:00Z</created>',
    );
  });

  it('refuses what is not a zip', () => {
    expect(() => restampZip(deflateRawSync(Buffer.from('not a zip')), AT)).toThrow(/Not a zip/);
  });
});
