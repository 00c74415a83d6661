import { describe, expect, it } from 'vitest';
import { acceptedEncodings } from './contentEncoding';

const names = (header: string | undefined) => acceptedEncodings(header).map((p) => p.encoding);

describe('acceptedEncodings', () => {
  it('offers brotli before gzip when a browser takes both', () => {
    expect(names('gzip, deflate, br, zstd')).toEqual(['br', 'gzip']);
  });

  it('offers nothing when the request asks for no encoding', () => {
    expect(names(undefined)).toEqual([]);
    expect(names('identity')).toEqual([]);
  });

  it('honours q=0 as a refusal and * as any', () => {
    expect(names('br;q=0, gzip')).toEqual(['gzip']);
    expect(names('*')).toEqual(['br', 'gzip']);
    expect(names('*, br;q=0')).toEqual(['gzip']);
  });
});
