import { describe, expect, it } from 'vitest';
import { exportQuery } from './exportQuery';
import { parseExportQuery } from './exportRequest';

describe('export requests in a URL', () => {
  it('round-trips every option', () => {
    const query = exportQuery({
      format: 'csv',
      language: 'en',
      separator: ',',
      perOrganisation: true,
    });
    expect(parseExportQuery(new URLSearchParams(query))).toEqual({
      format: 'csv',
      language: 'en',
      separator: ',',
      perOrganisation: true,
    });
  });

  it('fills in Danish, ";" and the whole workshop by default', () => {
    expect(parseExportQuery(new URLSearchParams('format=xlsx'))).toEqual({
      format: 'xlsx',
      language: 'da',
      separator: ';',
      perOrganisation: false,
    });
  });

  it('refuses an unknown format, language or separator', () => {
    expect(parseExportQuery(new URLSearchParams('format=exe'))).toBeNull();
    expect(parseExportQuery(new URLSearchParams(''))).toBeNull();
    expect(parseExportQuery(new URLSearchParams('format=md&lang=de'))).toBeNull();
    expect(parseExportQuery(new URLSearchParams('format=csv&sep=%7C'))).toBeNull();
  });
});
