import { crc32, deflateRawSync, inflateRawSync } from 'node:zlib';

/**
 * Re-date the entries of a zip (xlsx, docx) so the same workshop gives the same bytes: the
 * libraries stamp every entry with the time of writing and offer no option to fix it. A small
 * reader and writer of our own rather than a zip library: unchanged entries keep their compressed
 * bytes as they are (no inflating and deflating megabytes again), and the few rewritten ones go
 * through Node's zlib. Dates are written from UTC parts, so the bytes do not depend on the zone.
 * Handles what exceljs and docx write: no ZIP64, no encryption, stored or deflated entries.
 */

interface Entry {
  name: Buffer;
  method: number;
  flags: number;
  crc: number;
  compressed: Buffer;
  size: number;
  externalAttributes: number;
}

const LOCAL = 0x04034b50;
const CENTRAL = 0x02014b50;
const END = 0x06054b50;
const DEFLATE = 8;
const UTF8_NAMES = 0x0800;

function readEntries(zip: Buffer): Entry[] {
  let end = -1;
  for (let i = zip.length - 22; i >= Math.max(0, zip.length - 22 - 65_535); i--) {
    if (zip.readUInt32LE(i) === END) {
      end = i;
      break;
    }
  }
  if (end < 0) throw new Error('Not a zip file: no end of central directory');
  const count = zip.readUInt16LE(end + 10);
  let at = zip.readUInt32LE(end + 16);
  const entries: Entry[] = [];
  for (let n = 0; n < count; n++) {
    if (zip.readUInt32LE(at) !== CENTRAL) throw new Error('Damaged zip central directory');
    const flags = zip.readUInt16LE(at + 8);
    const method = zip.readUInt16LE(at + 10);
    const crc = zip.readUInt32LE(at + 16);
    const compressedSize = zip.readUInt32LE(at + 20);
    const size = zip.readUInt32LE(at + 24);
    const nameLength = zip.readUInt16LE(at + 28);
    const extraLength = zip.readUInt16LE(at + 30);
    const commentLength = zip.readUInt16LE(at + 32);
    const externalAttributes = zip.readUInt32LE(at + 38);
    const local = zip.readUInt32LE(at + 42);
    if (compressedSize === 0xffffffff || flags & 1) throw new Error('ZIP64 or encrypted zip');
    const name = zip.subarray(at + 46, at + 46 + nameLength);
    if (zip.readUInt32LE(local) !== LOCAL) throw new Error('Damaged zip local header');
    // Sizes come from the central directory: a local header may defer them to a data descriptor.
    const data = local + 30 + zip.readUInt16LE(local + 26) + zip.readUInt16LE(local + 28);
    const compressed = zip.subarray(data, data + compressedSize);
    entries.push({ name, method, flags, crc, compressed, size, externalAttributes });
    at += 46 + nameLength + extraLength + commentLength;
  }
  return entries;
}

/** MS-DOS date and time fields (2-second steps), from the UTC parts of `date`, at least 1980. */
function dosDateTime(date: Date): { time: number; day: number } {
  const d = new Date(Math.max(date.getTime(), Date.UTC(1980, 0, 1)));
  return {
    time: (d.getUTCHours() << 11) | (d.getUTCMinutes() << 5) | (d.getUTCSeconds() >> 1),
    day: ((d.getUTCFullYear() - 1980) << 9) | ((d.getUTCMonth() + 1) << 5) | d.getUTCDate(),
  };
}

function writeZip(entries: readonly Entry[], date: Date): Uint8Array {
  const { time, day } = dosDateTime(date);
  const parts: Buffer[] = [];
  const central: Buffer[] = [];
  let offset = 0;
  for (const e of entries) {
    // Only the UTF-8 flag is kept: data descriptors are gone, sizes are in the headers.
    const flags = e.flags & UTF8_NAMES;
    const local = Buffer.alloc(30);
    local.writeUInt32LE(LOCAL, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(flags, 6);
    local.writeUInt16LE(e.method, 8);
    local.writeUInt16LE(time, 10);
    local.writeUInt16LE(day, 12);
    local.writeUInt32LE(e.crc, 14);
    local.writeUInt32LE(e.compressed.length, 18);
    local.writeUInt32LE(e.size, 22);
    local.writeUInt16LE(e.name.length, 26);
    local.writeUInt16LE(0, 28);
    const header = Buffer.alloc(46);
    header.writeUInt32LE(CENTRAL, 0);
    header.writeUInt16LE(20, 4);
    header.writeUInt16LE(20, 6);
    header.writeUInt16LE(flags, 8);
    header.writeUInt16LE(e.method, 10);
    header.writeUInt16LE(time, 12);
    header.writeUInt16LE(day, 14);
    header.writeUInt32LE(e.crc, 16);
    header.writeUInt32LE(e.compressed.length, 20);
    header.writeUInt32LE(e.size, 24);
    header.writeUInt16LE(e.name.length, 28);
    header.writeUInt32LE(e.externalAttributes & 0x10, 38); // keep only "directory"
    header.writeUInt32LE(offset, 42);
    parts.push(local, e.name, e.compressed);
    central.push(header, e.name);
    offset += local.length + e.name.length + e.compressed.length;
  }
  const centralSize = central.reduce((n, b) => n + b.length, 0);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(END, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(centralSize, 12);
  end.writeUInt32LE(offset, 16);
  const out = Buffer.concat([...parts, ...central, end]);
  return new Uint8Array(out.buffer, out.byteOffset, out.byteLength);
}

function contentOf(e: Entry): Buffer {
  if (e.method === 0) return e.compressed;
  if (e.method === DEFLATE) return inflateRawSync(e.compressed);
  throw new Error(`Unsupported zip compression method ${e.method}`);
}

/**
 * Give every entry the same date; `rewrite` replaces the text of named entries (parts that
 * hold their own timestamps, or placeholders to fill). Entries keep their order.
 */
export function restampZip(
  bytes: Uint8Array,
  date: Date,
  rewrite: Record<string, (text: string) => string> = {},
): Uint8Array {
  const entries = readEntries(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength));
  for (const e of entries) {
    const change = rewrite[e.name.toString('utf8')];
    if (!change) continue;
    const text = Buffer.from(change(contentOf(e).toString('utf8')), 'utf8');
    e.method = DEFLATE;
    e.compressed = deflateRawSync(text, { level: 6 });
    e.size = text.length;
    e.crc = crc32(text) >>> 0;
  }
  return writeZip(entries, date);
}

/** A W3C date-time without milliseconds, as Office writes in docProps/core.xml. */
export function w3cDateTime(date: Date): string {
  return date.toISOString().replace(/\.\d{3}Z$/, 'Z');
}
