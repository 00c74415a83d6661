import { describe, expect, it } from 'vitest';
import { qrMatrix } from './qrMatrix';

function dark(m: ReturnType<typeof qrMatrix>, row: number, col: number): boolean {
  return m.runs.some((r) => r.row === row && col >= r.col && col < r.col + r.length);
}

describe('qrMatrix', () => {
  it('encodes a join URL in a code a phone can read: finder squares in three corners', () => {
    const m = qrMatrix('http://192.168.1.20:5171/join?c=ABC234');
    expect(m.size).toBeGreaterThanOrEqual(21);
    expect((m.size - 17) % 4).toBe(0); // a real QR version: 21, 25, 29 …
    for (const [r0, c0] of [
      [0, 0],
      [0, m.size - 7],
      [m.size - 7, 0],
    ] as const) {
      // The finder's dark outer ring, light ring and dark 3×3 centre.
      for (let i = 0; i < 7; i++) {
        expect(dark(m, r0, c0 + i)).toBe(true);
        expect(dark(m, r0 + 6, c0 + i)).toBe(true);
      }
      expect(dark(m, r0 + 1, c0 + 1)).toBe(false);
      expect(dark(m, r0 + 3, c0 + 3)).toBe(true);
    }
  });

  it('runs never overlap or leave the matrix', () => {
    const m = qrMatrix('http://10.0.0.5:5171/join?c=XYZ789');
    for (const r of m.runs) {
      expect(r.length).toBeGreaterThan(0);
      expect(r.col + r.length).toBeLessThanOrEqual(m.size);
    }
    const cells = m.runs.flatMap((r) =>
      Array.from({ length: r.length }, (_, i) => `${r.row},${r.col + i}`),
    );
    expect(new Set(cells).size).toBe(cells.length);
  });

  it('a different code gives a different matrix', () => {
    const a = qrMatrix('http://10.0.0.5:5171/join?c=XYZ789');
    const b = qrMatrix('http://10.0.0.5:5171/join?c=XYZ788');
    expect(a.runs).not.toEqual(b.runs);
  });
});
