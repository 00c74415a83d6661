import { useRef, type ElementType } from 'react';
import { useHyphenate } from '../../common/hyphenation/useHyphenate';
import { FLOOR_PERCENT, vh } from './fitPanel';
import { fitFontSize } from './fitText';
import { useFit } from './useFit';

interface Props {
  text: string;
  /** The largest type, in % of the screen height. */
  maxPercent: number;
  /** Lines before the type shrinks; past the floor the text is cut at a word and ends in "…". */
  lines?: number;
  className?: string;
  as?: ElementType;
  testId?: string;
}

const fitsBox = (el: HTMLElement) =>
  el.scrollHeight <= el.clientHeight + 1 && el.scrollWidth <= el.clientWidth + 1;

/**
 * A hidden copy of `el` (same classes, clamp and width) to try texts and sizes on, so React's
 * own text in `el` is never touched.
 */
function measuringCopy(el: HTMLElement): HTMLElement {
  const copy = el.cloneNode(false) as HTMLElement;
  copy.removeAttribute('data-testid');
  copy.setAttribute('aria-hidden', 'true');
  Object.assign(copy.style, {
    position: 'absolute',
    visibility: 'hidden',
    width: `${el.clientWidth}px`,
  });
  el.parentElement?.append(copy);
  return copy;
}

/** The most words that, followed by "…", fit in `copy` at its current size (at least one). */
function wordsThatFit(copy: HTMLElement, words: readonly string[]): number {
  let lo = 1;
  let hi = words.length;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    copy.textContent = `${words.slice(0, mid).join(' ')} …`;
    if (fitsBox(copy)) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/**
 * A title that wraps to its lines, then shrinks to the type floor, then is cut after its last
 * whole word with "…" (the console shows it whole). It never runs under what stands beside it:
 * its box is laid out by its parent, and the text stays inside it.
 */
export function FittedTitle({ text, maxPercent, lines = 2, className, as, testId }: Props) {
  const Tag = as ?? 'p';
  const ref = useRef<HTMLElement>(null);
  const hy = useHyphenate();
  const full = hy(text);
  const words = full.split(' ');
  const kept = useFit<number | null>(
    () => {
      const el = ref.current;
      if (!el) return null;
      const copy = measuringCopy(el);
      copy.textContent = full;
      const px = fitFontSize(copy, vh(FLOOR_PERCENT), vh(Math.max(maxPercent, FLOOR_PERCENT)), () =>
        fitsBox(copy),
      );
      const cut = fitsBox(copy) ? null : wordsThatFit(copy, words);
      copy.remove();
      el.style.fontSize = `${px}px`;
      return cut;
    },
    [full, maxPercent, lines],
    null,
  );
  const shown = kept === null ? full : `${words.slice(0, kept).join(' ')} …`;
  return (
    <Tag
      ref={ref}
      className={`pr-fitted-title ${className ?? ''}`}
      style={{ WebkitLineClamp: lines }}
      data-testid={testId}
      data-cut={kept === null ? undefined : true}
      title={kept === null ? undefined : text}
    >
      {shown}
    </Tag>
  );
}
