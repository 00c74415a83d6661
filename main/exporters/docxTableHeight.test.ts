import { describe, expect, it } from 'vitest';
import { ACTIONS, LONG_TEXTS, POINT_TITLES } from '../../test/fixtures/corpus/sentences';
import { TEXT_WIDTH } from './docxParts';
import { estimatedTableHeight, fitsOnPage } from './docxTableHeight';

const HEADERS = ['Hvad', 'Hvem', 'Organisation', 'Hvornår', 'Status', 'Dagsordenspunkt', 'Mangler'];
const WIDTHS = [26, 14, 16, 10, 8, 16, 10].map((w) => Math.floor((TEXT_WIDTH.landscape * w) / 100));

function rows(texts: readonly string[], point: string): string[][] {
  return texts.map((what) => [
    what,
    'Annemarie Zacho-Broe',
    'Center for Diabetes, Hjerter- og Lungesygdomme, Københavns Kommune',
    '12-12-2027',
    'I gang',
    point,
    '',
  ]);
}

describe('fitsOnPage', () => {
  it('keeps a few actions of short text together', () => {
    const height = estimatedTableHeight(
      HEADERS,
      rows(ACTIONS.slice(0, 5), `1. ${POINT_TITLES.secretariat}`),
      WIDTHS,
    );
    expect(fitsOnPage(height, 'landscape')).toBe(true);
  });

  it('lets twelve actions of 140–500 characters break, which no landscape page holds', () => {
    const height = estimatedTableHeight(
      HEADERS,
      rows(LONG_TEXTS.slice(0, 12), `2. ${POINT_TITLES.dataSharing}`),
      WIDTHS,
    );
    expect(fitsOnPage(height, 'landscape')).toBe(false);
    expect(fitsOnPage(height, 'portrait')).toBe(false);
  });

  it('counts the typed line breaks of a cell', () => {
    const one = estimatedTableHeight(['Hvad'], [['Ét']], [3000]);
    const three = estimatedTableHeight(['Hvad'], [['Ét\nTo\nTre']], [3000]);
    expect(three - one).toBe(2 * (one / 2));
  });
});
