/** WCAG 2 relative luminance and contrast, for choosing text colours against room colours. */

function channel(value: number): number {
  const c = value / 255;
  return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
}

export function parseHex(hex: string): [number, number, number] {
  const m = /^#?([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(hex);
  if (!m) throw new Error(`Not a #rrggbb colour: ${hex}`);
  return [parseInt(m[1] ?? '0', 16), parseInt(m[2] ?? '0', 16), parseInt(m[3] ?? '0', 16)];
}

export function luminance(hex: string): number {
  const [r, g, b] = parseHex(hex);
  return 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b);
}

export function contrastRatio(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}

const toHex = (n: number) => Math.round(n).toString(16).padStart(2, '0');

/** `weight` of `colour` over `base` (0 = base, 1 = colour), as #rrggbb. */
export function mix(colour: string, base: string, weight: number): string {
  const c = parseHex(colour);
  const b = parseHex(base);
  return `#${c.map((v, i) => toHex(v * weight + (b[i] ?? 0) * (1 - weight))).join('')}`;
}

export const INK = '#111418';
export const PAPER = '#ffffff';

/** Dark ink or white, whichever stands out more on `background`. */
export function textOn(background: string): string {
  return contrastRatio(background, INK) >= contrastRatio(background, PAPER) ? INK : PAPER;
}
