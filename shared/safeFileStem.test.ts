import { describe, expect, it } from 'vitest';
import { LONG_TEXTS, PROGRAMME, QUESTIONS } from '../test/fixtures/corpus/sentences';
import { FILE_STEM_MAX_BYTES, safeFileStem } from './safeFileStem';

const utf8Bytes = (text: string) => new TextEncoder().encode(text).length;

describe('safeFileStem', () => {
  it('keeps Danish letters, commas and dashes as typed', () => {
    expect(safeFileStem('Møde i Direktørforum')).toBe('Møde i Direktørforum');
    expect(safeFileStem('Sundhed og Omsorg, Aarhus Kommune – Ældre')).toBe(
      'Sundhed og Omsorg, Aarhus Kommune – Ældre',
    );
  });

  it('drops what Windows or macOS refuse: / \\ : ? * " < > |', () => {
    expect(safeFileStem(PROGRAMME[5]!.title)).toBe(
      'Workshop hvordan kan vi selv styrke ledelse på tværs',
    );
    expect(safeFileStem('Samarbejde på kommune-/hospitals-/klyngeniveau')).toBe(
      'Samarbejde på kommune- hospitals- klyngeniveau',
    );
    expect(safeFileStem(QUESTIONS[3]!)).toBe(
      'Hvad nu hvis vi sammen – og MED BORGEREN – får stykket et helt billede sammen',
    );
    expect(safeFileStem('Plan <a|b> "C:\\tmp" *')).toBe('Plan a b C tmp');
  });

  it('drops trailing dots and spaces (Windows would) and leading dots (a hidden file)', () => {
    expect(safeFileStem('Opsamling og fælles refleksion... ')).toBe(
      'Opsamling og fælles refleksion',
    );
    expect(safeFileStem('..Afrunding')).toBe('Afrunding');
    expect(safeFileStem('  ...  ')).toBe('Workshop');
    expect(safeFileStem('???', { fallback: '' })).toBe('');
  });

  it('never gives a name Windows reserves, in any case, with or without an extension', () => {
    expect(safeFileStem('CON')).toBe('CON_');
    expect(safeFileStem('nul')).toBe('nul_');
    expect(safeFileStem('Lpt1. ')).toBe('Lpt1_');
    expect(safeFileStem('aux.referat')).toBe('aux_.referat');
    expect(safeFileStem('Nul fejl i medicinlisten')).toBe('Nul fejl i medicinlisten');
    expect(safeFileStem('COM10')).toBe('COM10');
  });

  it('cuts a long Danish title between words, within the byte limit', () => {
    const title = LONG_TEXTS[0]!; // 201 characters with æ, ø and å: more bytes than characters
    expect(utf8Bytes(title)).toBeGreaterThan(FILE_STEM_MAX_BYTES);
    const stem = safeFileStem(title);
    expect(utf8Bytes(stem)).toBeLessThanOrEqual(FILE_STEM_MAX_BYTES);
    expect(stem.length).toBeGreaterThan(FILE_STEM_MAX_BYTES / 2);
    expect(title.startsWith(stem)).toBe(true);
    expect(title[stem.length]).toBe(' '); // a whole word last
  });

  it('never cuts inside a letter, even without a space to cut at', () => {
    const stem = safeFileStem('ø'.repeat(100), { maxBytes: 15 });
    expect(stem).toBe('ø'.repeat(7));
  });

  it('gives the same name whichever way å was typed (macOS decomposes it)', () => {
    expect(safeFileStem('Ledelse på tværs'.normalize('NFD'))).toBe('Ledelse på tværs');
  });
});
