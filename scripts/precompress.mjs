// Precompresses the built renderer's assets with brotli and gzip, so the static server sends
// phones on meeting Wi-Fi a third of the bytes without compressing anything per request.
// Only where it pays: text assets over 1 KB, and only a result smaller than the file.
import { readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

// DIALOGRUM_DIST_DIR: build somewhere else than dist/ (engineers building side by side).
const root = path.join(process.env.DIALOGRUM_DIST_DIR ?? 'dist', 'renderer');
const TEXT = new Set(['.js', '.mjs', '.css', '.svg', '.json', '.html', '.txt']);
const MIN_BYTES = 1024;

async function* files(dir) {
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) yield* files(full);
    else if (TEXT.has(path.extname(entry.name))) yield full;
  }
}

let before = 0;
let brotli = 0;
for await (const file of files(root)) {
  const body = await readFile(file);
  if (body.length < MIN_BYTES) continue;
  const br = brotliCompressSync(body, {
    params: {
      [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY,
      [constants.BROTLI_PARAM_SIZE_HINT]: body.length,
    },
  });
  const gz = gzipSync(body, { level: 9 });
  if (br.length < body.length) await writeFile(`${file}.br`, br);
  if (gz.length < body.length) await writeFile(`${file}.gz`, gz);
  before += body.length;
  brotli += Math.min(br.length, body.length);
}
console.log(
  `precompressed ${root}: ${(before / 1024).toFixed(0)} KB → ${(brotli / 1024).toFixed(0)} KB with brotli`,
);
