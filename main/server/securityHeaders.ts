import type { ServerResponse } from 'node:http';

/**
 * The policy the renderer's HTML declares in its meta tag, used when a page has none (and for
 * every non-HTML response). Scripts and connections only from the app's own origin.
 */
export const DEFAULT_CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "font-src 'self'",
  "media-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
].join('; ');

const META_CSP = /<meta\s[^>]*http-equiv=["']Content-Security-Policy["'][^>]*>/i;
const CONTENT_ATTR = /\scontent=(["'])(.*?)\1/i;

/** The CSP of an HTML page's meta tag, so the header says exactly what the page says. */
export function cspFromHtml(html: string): string | null {
  const tag = META_CSP.exec(html)?.[0];
  if (!tag) return null;
  const content = CONTENT_ATTR.exec(tag)?.[2];
  return content ? content.replaceAll('&#39;', "'").replaceAll('&quot;', '"') : null;
}

export function setSecurityHeaders(res: ServerResponse, csp: string = DEFAULT_CSP): void {
  res.setHeader('Content-Security-Policy', csp);
  res.setHeader('X-Content-Type-Options', 'nosniff');
  res.setHeader('Referrer-Policy', 'no-referrer');
  // frame-ancestors is ignored in a meta CSP; this keeps other pages from framing the console.
  res.setHeader('X-Frame-Options', 'DENY');
  res.setHeader('Cross-Origin-Opener-Policy', 'same-origin');
  res.setHeader('Cross-Origin-Resource-Policy', 'same-origin');
}
