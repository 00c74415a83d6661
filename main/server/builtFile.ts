import { readFile } from 'node:fs/promises';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { acceptedEncodings, firstPrecompressed, type Precompressed } from './contentEncoding';
import { cspFromHtml, setSecurityHeaders } from './securityHeaders';
import { mimeType } from './staticFiles';

/**
 * Sends one file of the build to a page on the network (the phone page, the team pages): the
 * build's .br / .gz beside it when the browser takes one (a page excepted: its CSP is read from
 * its HTML and sent as a header); hashed assets cached for good, pages revalidated. False when
 * the file cannot be read, for the caller's 404.
 */
export async function sendBuiltFile(
  req: IncomingMessage,
  res: ServerResponse,
  file: string,
  type: string = mimeType(file),
): Promise<boolean> {
  const isHtml = type.startsWith('text/html');
  let body: Buffer;
  let encoded: Precompressed | null = null;
  try {
    const precompressed = isHtml
      ? null
      : await firstPrecompressed(file, acceptedEncodings(req.headers['accept-encoding']));
    encoded = precompressed?.encoding ?? null;
    body = precompressed?.body ?? (await readFile(file));
  } catch {
    return false;
  }
  setSecurityHeaders(res, (isHtml && cspFromHtml(body.toString('utf8'))) || undefined);
  res.writeHead(200, {
    'Content-Type': type,
    'Content-Length': body.length,
    ...(encoded ? { 'Content-Encoding': encoded.encoding } : {}),
    ...(isHtml ? {} : { Vary: 'Accept-Encoding' }),
    'Cache-Control': isHtml ? 'no-cache' : 'public, max-age=31536000, immutable',
  });
  res.end(req.method === 'HEAD' ? undefined : body);
  return true;
}
