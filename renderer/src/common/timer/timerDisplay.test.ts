import { describe, expect, it } from 'vitest';
import { translate } from '../../../../shared/i18n/translate';
import { newTimer, start, timerStatus } from '../../../../shared/timer';
import danish from '../../i18n/da.json';
import type { TFunction } from '../../i18n/i18n';
import { chimeMoment } from './chime';
import { timerDigits, timerWords } from './timerWords';
import { msUntilNextChange, nextEndReading } from './useTimerStatus';

const TEN_MIN = 10 * 60_000;
const running = start(newTimer(TEN_MIN), 0);
const at = (ms: number) => timerStatus(running, ms);

const t: TFunction = (key, values) => translate(danish, 'da-DK', key, values);

describe('timer words and digits', () => {
  it('says the time left, the end and the overrun in words, not only in colour', () => {
    expect(timerWords(at(5 * 60_000), t)).toBe('5 min tilbage');
    expect(at(8 * 60_000 + 1).phase).toBe('amber');
    expect(timerWords(at(TEN_MIN - 45_000), t)).toBe('45 sekunder tilbage');
    expect(timerWords(at(TEN_MIN), t)).toBe('Tiden er gået');
    expect(timerDigits(at(TEN_MIN))).toBe('00:00');
    expect(timerWords(at(TEN_MIN + 133_000), t)).toBe('+2:13 over tid');
    expect(timerDigits(at(TEN_MIN + 133_000))).toBe('+02:13');
  });

  it('redraws just after the shown second changes, counting down and then up', () => {
    expect(msUntilNextChange(at(1_250))).toBe(750);
    expect(msUntilNextChange(at(TEN_MIN + 1_400))).toBe(600);
  });

  it('reads the clock again at the end until the view shows the end, even when checked late', () => {
    expect(nextEndReading(running, 1_000, 1_000)).toBe(TEN_MIN - 1_000 + 2);
    // Drawn 10 ms before the end, checked 30 ms after it: draw again at once, not stop.
    expect(nextEndReading(running, TEN_MIN - 10, TEN_MIN + 30)).toBe(2);
    expect(nextEndReading(running, TEN_MIN, TEN_MIN + 30)).toBeNull();
    expect(nextEndReading(newTimer(TEN_MIN), 0, 0)).toBeNull();
    expect(nextEndReading(null, 0, 0)).toBeNull();
  });
});

describe('chime moments', () => {
  it('chimes entering the last minute and at the end, once each', () => {
    expect(chimeMoment(at(TEN_MIN - 61_000), at(TEN_MIN - 60_000))).toBe('minute');
    expect(chimeMoment(at(TEN_MIN - 60_000), at(TEN_MIN - 59_000))).toBeNull();
    expect(chimeMoment(at(TEN_MIN - 1_000), at(TEN_MIN))).toBe('end');
    expect(chimeMoment(at(TEN_MIN), at(TEN_MIN + 1_000))).toBeNull();
  });

  it('stays silent for a paused timer and for a short timer’s last minute', () => {
    const paused = newTimer(TEN_MIN);
    expect(chimeMoment(timerStatus(paused, 0), timerStatus(paused, 1))).toBeNull();
    const short = start(newTimer(30_000), 0);
    expect(chimeMoment(timerStatus(short, 0), timerStatus(short, 1_000))).toBeNull();
  });
});
