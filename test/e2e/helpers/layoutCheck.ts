/**
 * What the room sees on the projector, checked the way a reader at 8 m would notice it:
 * text cut off by a box or the screen edge, a word broken where Danish does not break it (or a
 * name broken at all), text over a timer or over other text, type too small or too faint, and
 * an item that is on no page or only half on one. The measuring runs in the page
 * (page.evaluate): each function passed there is self-contained.
 *
 * The projector's paging contract: every item carries `data-pr-item="<kind>:<id>"`; items not
 * on the current page are `hidden`; a view with more than one page shows
 * `[data-testid="pr-page"]` (data-page 1-based, data-pages, "Side 2 af 3"); PageDown / PageUp
 * on the projector turn the page while there is one in that direction.
 */
import type { Page } from '@playwright/test';

export interface Box {
  x: number;
  y: number;
  w: number;
  h: number;
}

export interface Problem {
  check:
    | 'clipped'
    | 'word-break'
    | 'name-break'
    | 'timer-overlap'
    | 'overlap'
    | 'partial-item'
    | 'font-size'
    | 'contrast'
    | 'paging'
    | 'items'
    | 'fit';
  /** The text (or item key) concerned, shortened. */
  text: string;
  /** Where on the screen, in CSS pixels. */
  box?: Box;
  detail: string;
  page?: number;
}

export interface TextReading {
  text: string;
  fontPx: number;
  contrast: number;
  colour: string;
  background: string;
  box: Box;
}

/**
 * The views that cover the whole projector when present, topmost first: what is under them is
 * not seen, so it is not checked.
 */
export const COVERING_LAYERS = [
  '.projector-join',
  '.projector-evaluation',
  '.projector-exercise',
  '[data-testid="pfu-root"]',
] as const;

/**
 * Every visible element with text of its own, inside `within` (the topmost covering layer of
 * the selectors given, else the whole page): its computed font size, and the contrast of its
 * computed colour against the first opaque background found walking up (translucent layers on
 * the way are blended in).
 */
export function measureLegibility(
  page: Page,
  layers: readonly string[] = [],
): Promise<TextReading[]> {
  return page.evaluate((layerSelectors) => {
    type Rgba = [number, number, number, number];
    const parse = (value: string): Rgba => {
      const m = /rgba?\(([^)]+)\)/.exec(value);
      if (!m?.[1]) throw new Error(`Unexpected colour: ${value}`);
      const parts = m[1]
        .split(/[\s,/]+/)
        .filter(Boolean)
        .map(Number);
      return [parts[0] ?? 0, parts[1] ?? 0, parts[2] ?? 0, parts[3] ?? 1];
    };
    const over = (top: Rgba, bottom: Rgba): Rgba => {
      const a = top[3];
      return [
        top[0] * a + bottom[0] * (1 - a),
        top[1] * a + bottom[1] * (1 - a),
        top[2] * a + bottom[2] * (1 - a),
        1,
      ];
    };
    const channel = (v: number) => {
      const c = v / 255;
      return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
    };
    const luminance = (c: Rgba) =>
      0.2126 * channel(c[0]) + 0.7152 * channel(c[1]) + 0.0722 * channel(c[2]);
    const ratio = (a: Rgba, b: Rgba) => {
      const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
      return (hi + 0.05) / (lo + 0.05);
    };
    /** Layers from the element up to the first opaque one, blended bottom-up. */
    const backgroundOf = (el: Element): Rgba => {
      const layers: Rgba[] = [];
      for (let node: Element | null = el; node; node = node.parentElement) {
        const bg = parse(getComputedStyle(node).backgroundColor);
        if (bg[3] > 0) layers.push(bg);
        if (bg[3] >= 1) break;
      }
      let result: Rgba = [255, 255, 255, 1]; // The canvas behind everything.
      for (const layer of layers.reverse()) result = over(layer, result);
      return result;
    };
    const visible = (el: Element): boolean => {
      for (let node: Element | null = el; node; node = node.parentElement) {
        const style = getComputedStyle(node);
        if (style.visibility === 'hidden' || style.display === 'none' || style.opacity === '0') {
          return false;
        }
      }
      const box = el.getBoundingClientRect();
      return (
        box.width > 0 &&
        box.height > 0 &&
        box.bottom > 0 &&
        box.right > 0 &&
        box.top < window.innerHeight &&
        box.left < window.innerWidth
      );
    };
    let root: Element = document.body;
    for (const selector of layerSelectors) {
      const layer = document.querySelector(selector);
      if (layer && visible(layer)) {
        root = layer;
        break;
      }
    }
    const readings: TextReading[] = [];
    for (const el of [root, ...Array.from(root.querySelectorAll('*'))]) {
      const own = Array.from(el.childNodes)
        .filter((n) => n.nodeType === Node.TEXT_NODE)
        .map((n) => n.textContent ?? '')
        .join('')
        .replace(/[\u00AD\u200B]/g, '')
        .trim();
      if (!own || !visible(el) || el.closest('.visually-hidden')) continue;
      const style = getComputedStyle(el);
      const colour = over(parse(style.color), backgroundOf(el));
      const background = backgroundOf(el);
      const r = el.getBoundingClientRect();
      readings.push({
        text: own.slice(0, 40),
        fontPx: parseFloat(style.fontSize),
        contrast: ratio(colour, background),
        colour: style.color,
        background: `rgb(${background.slice(0, 3).map(Math.round).join(', ')})`,
        box: {
          x: Math.round(r.x),
          y: Math.round(r.y),
          w: Math.round(r.width),
          h: Math.round(r.height),
        },
      });
    }
    return readings;
  }, layers);
}

interface InspectArgs {
  layers: readonly string[];
  /** People's names: never broken, not even at a hyphen. */
  names: readonly string[];
}

export interface PageInspection {
  problems: Problem[];
  /** `data-pr-item` keys shown whole on this page. */
  items: string[];
  indicator: { page: number; pages: number; text: string; shown: boolean } | null;
  texts: number;
}

/**
 * One look at the page as it is: clipping, word breaks, overlaps, the items shown. Runs in the
 * page; self-contained.
 */
function inspectInPage({ layers, names }: InspectArgs): PageInspection {
  const problems: Problem[] = [];
  const vw = window.innerWidth;
  const vh = window.innerHeight;
  /** Sub-pixel layout and anti-aliasing: no reader sees a pixel. */
  const TOL = 1;
  const HIDE = { checkOpacity: true, checkVisibilityCSS: true } as const;

  const boxOf = (r: DOMRect | Box): Box =>
    'w' in r
      ? r
      : { x: Math.round(r.x), y: Math.round(r.y), w: Math.round(r.width), h: Math.round(r.height) };
  const describe = (el: Element): string => {
    const id = el.getAttribute('data-testid');
    const item = el.getAttribute('data-pr-item');
    const cls = (el.getAttribute('class') ?? '').trim().split(/\s+/).filter(Boolean)[0];
    return `<${el.tagName.toLowerCase()}${cls ? `.${cls}` : ''}${id ? ` testid=${id}` : ''}${item ? ` item=${item}` : ''}>`;
  };
  const clean = (s: string) =>
    s
      .replace(/[\u00AD\u200B]/g, '')
      .replace(/\s+/g, ' ')
      .trim();
  const short = (s: string) => {
    const t = clean(s);
    return t.length > 70 ? `${t.slice(0, 67)}…` : t;
  };
  const intersect = (a: Box, b: Box): Box | null => {
    const x = Math.max(a.x, b.x);
    const y = Math.max(a.y, b.y);
    const w = Math.min(a.x + a.w, b.x + b.w) - x;
    const h = Math.min(a.y + a.h, b.y + b.h) - y;
    return w > 0 && h > 0 ? { x, y, w, h } : null;
  };
  const rectsOf = (range: Range): Box[] =>
    Array.from(range.getClientRects())
      .filter((r) => r.width > 0.5 && r.height > 0.5)
      .map((r) => ({ x: r.x, y: r.y, w: r.width, h: r.height }));

  let root: Element = document.body;
  for (const selector of layers) {
    const layer = document.querySelector(selector);
    if (layer?.checkVisibility(HIDE)) {
      root = layer;
      break;
    }
  }

  // The boxes that clip an element: those with overflow other than visible (per axis) on its
  // chain of containing blocks (a fixed box escapes them all, an absolute one the static ones).
  const clipCache = new Map<Element, { box: Box; x: boolean; y: boolean; el: Element }[]>();
  const clippersOf = (el: Element): { box: Box; x: boolean; y: boolean; el: Element }[] => {
    const hit = clipCache.get(el);
    if (hit) return hit;
    const style = getComputedStyle(el);
    let parent = style.position === 'fixed' ? null : el.parentElement;
    if (style.position === 'absolute') {
      while (parent && parent !== document.body && getComputedStyle(parent).position === 'static') {
        parent = parent.parentElement;
      }
    }
    const above = parent ? clippersOf(parent) : [];
    const x = style.overflowX !== 'visible';
    const y = style.overflowY !== 'visible';
    let result = above;
    if ((x || y) && el !== document.documentElement && el !== document.body) {
      const r = el.getBoundingClientRect();
      const box = {
        x: r.x + el.clientLeft,
        y: r.y + el.clientTop,
        w: el.clientWidth,
        h: el.clientHeight,
      };
      result = [...above, { box, x, y, el }];
    }
    clipCache.set(el, result);
    return result;
  };
  /** Why `r` (inside `el`) is not wholly seen, or null. */
  const clippedBy = (el: Element, r: Box, ownBox = true): string | null => {
    if (r.x < -TOL || r.y < -TOL || r.x + r.w > vw + TOL || r.y + r.h > vh + TOL) {
      return `outside the ${vw}×${vh} screen`;
    }
    // An element's border box against its own padding box is no clipping (items).
    for (const c of clippersOf(el).filter((x) => ownBox || x.el !== el)) {
      const outX = c.x && (r.x < c.box.x - TOL || r.x + r.w > c.box.x + c.box.w + TOL);
      const outY = c.y && (r.y < c.box.y - TOL || r.y + r.h > c.box.y + c.box.h + TOL);
      if (outX || outY) {
        const b = boxOf(c.box);
        return `cut off by ${describe(c.el)} (overflow ${getComputedStyle(c.el).overflow}, box ${b.x},${b.y} ${b.w}×${b.h})`;
      }
    }
    return null;
  };

  /** The part of `r` (inside `el`) that is painted: within its clipping boxes and the screen. */
  const paintedPart = (el: Element, r: Box): Box | null => {
    let x0 = Math.max(r.x, 0);
    let y0 = Math.max(r.y, 0);
    let x1 = Math.min(r.x + r.w, vw);
    let y1 = Math.min(r.y + r.h, vh);
    for (const c of clippersOf(el)) {
      if (c.x) {
        x0 = Math.max(x0, c.box.x);
        x1 = Math.min(x1, c.box.x + c.box.w);
      }
      if (c.y) {
        y0 = Math.max(y0, c.box.y);
        y1 = Math.min(y1, c.box.y + c.box.h);
      }
    }
    return x1 > x0 && y1 > y0 ? { x: x0, y: y0, w: x1 - x0, h: y1 - y0 } : null;
  };

  // A line box is taller than its letters (the font's ascent and descent): only where the
  // letters themselves are cut, or lie on something, does a reader see it. The letters' own
  // height comes from the canvas, for the node's text in its font (its tallest letter counts
  // for every line: an Å's ring is the first thing a tight box cuts).
  const pen = document.createElement('canvas').getContext('2d');
  const inkCache = new Map<string, { top: number; bottom: number }>();
  const inkOf = (el: Element, text: string, r: Box): Box => {
    const style = getComputedStyle(el);
    const font = `${style.fontStyle} ${style.fontWeight} ${style.fontSize} ${style.fontFamily}`;
    const letters = clean(text);
    const shown = style.textTransform === 'uppercase' ? letters.toUpperCase() : letters;
    const key = `${font}\n${shown}`;
    let ink = inkCache.get(key);
    if (!ink && pen) {
      pen.font = font;
      const m = pen.measureText(shown);
      ink = {
        top: m.fontBoundingBoxAscent - m.actualBoundingBoxAscent,
        bottom: m.fontBoundingBoxAscent + m.actualBoundingBoxDescent,
      };
      inkCache.set(key, ink);
    }
    if (!ink) return r;
    const top = r.y + Math.max(0, ink.top);
    const bottom = Math.min(r.y + r.h, r.y + ink.bottom);
    return bottom > top ? { x: r.x, y: top, w: r.w, h: bottom - top } : r;
  };

  // — Visible text nodes —
  interface TextBox {
    node: Text;
    el: Element;
    /** Each line's letters. */
    rects: Box[];
    /** What of each line's letters is painted (cut-off parts are not seen: they overlap nothing). */
    painted: Box[];
  }
  const texts: TextBox[] = [];
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    const node = n as Text;
    const el = node.parentElement;
    if (!el || !/[^\s\u00AD\u200B]/.test(node.data)) continue;
    if (!el.checkVisibility(HIDE) || el.closest('.visually-hidden, svg, style, script')) continue;
    const range = document.createRange();
    range.selectNodeContents(node);
    const rects = rectsOf(range).map((r) => inkOf(el, node.data, r));
    if (rects.length === 0) continue;
    const painted = rects.map((r) => paintedPart(el, r)).filter((r): r is Box => r !== null);
    texts.push({ node, el, rects, painted });
  }

  for (const t of texts) {
    for (const r of t.rects) {
      const why = clippedBy(t.el, r);
      if (why) {
        problems.push({
          check: 'clipped',
          text: short(t.node.data),
          box: boxOf(r),
          detail: `${describe(t.el)} ${why}`,
        });
        break;
      }
    }
  }

  // — Word breaks: a word on two lines must break after a soft hyphen, -, / or U+200B. —
  const ALLOWED = new Set(['\u00AD', '\u200B', '-', '\u2010', '/']);
  const charRange = document.createRange();
  /** Top and height of each character's first box; null for one without a box. */
  const lineOf = (node: Text, i: number): { top: number; h: number } | null => {
    charRange.setStart(node, i);
    charRange.setEnd(node, i + 1);
    // The first character after a soft-hyphen break also gets a box at the end of the line
    // before (the hyphen Chromium draws there): the character itself is its lowest box.
    let r: DOMRect | null = null;
    for (const x of Array.from(charRange.getClientRects())) {
      if (x.height > 0.5 && x.width > 0.5 && (!r || x.top > r.top)) r = x;
    }
    return r ? { top: r.top, h: r.height } : null;
  };
  /** Indices i where the line changes just before character i, within [a, b). */
  const breaksIn = (node: Text, a: number, b: number): number[] => {
    const found: number[] = [];
    let prev: { top: number; h: number } | null = null;
    for (let i = a; i < b; i++) {
      const line = lineOf(node, i);
      if (!line) continue;
      if (prev && line.top > prev.top + prev.h * 0.5) found.push(i);
      prev = line;
    }
    return found;
  };
  const spansLines = (node: Text, a: number, b: number): boolean => {
    const range = document.createRange();
    range.setStart(node, a);
    range.setEnd(node, b);
    const rects = rectsOf(range);
    const first = rects[0];
    return !!first && rects.some((r) => r.y > first.y + first.h * 0.5);
  };
  // A name may carry break points the projector added; it matches all the same.
  const namePatterns = names.map(
    (name) =>
      new RegExp(
        Array.from(name)
          .map((ch) => ch.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
          .join('[\\u00AD\\u200B]*'),
        'g',
      ),
  );
  const nameSpans = (data: string): [number, number][] => {
    const spans: [number, number][] = [];
    for (const pattern of namePatterns) {
      for (const m of data.matchAll(pattern)) spans.push([m.index, m.index + m[0].length]);
    }
    return spans;
  };

  for (const t of texts) {
    if (t.rects.length < 2) continue; // One line box: nothing is broken.
    const data = t.node.data;
    const names = nameSpans(data);
    for (const m of data.matchAll(/[^ \t\n\r\f]+/g)) {
      const a = m.index;
      const b = a + m[0].length;
      if (b - a < 2 || !spansLines(t.node, a, b)) continue;
      for (const i of breaksIn(t.node, a, b)) {
        const before = data.slice(a, i);
        const last = before.at(-1) ?? '';
        const inName = names.some(([s, e]) => i > s && i < e);
        const shown = `${clean(before)}|${clean(data.slice(i, b))}`;
        if (inName) {
          problems.push({
            check: 'name-break',
            text: shown,
            box: boxOf(t.el.getBoundingClientRect()),
            detail: `a name broken across lines in ${describe(t.el)}`,
          });
        } else if (!ALLOWED.has(last)) {
          problems.push({
            check: 'word-break',
            text: shown,
            box: boxOf(t.el.getBoundingClientRect()),
            detail: `broken inside a word (after “${last}”) in ${describe(t.el)}: “${short(data)}”`,
          });
        }
      }
    }
  }

  // — Timers: no other text on them. Every timer is a TimerDisplay (common/timer): role=timer,
  // .timer-display, test ids projector-timer-display, projector-room-timer-display,
  // projector-speaker-timer-display, projector-exercise-timer-display; the follow-up's .pfu-timer.
  // What counts is what it paints: its digits, words and icon, and its box where it has a fill.
  const timers = Array.from(root.querySelectorAll('.timer-display, [role="timer"]')).filter(
    (el, i, all) => el.checkVisibility(HIDE) && !all.some((o, j) => j !== i && o.contains(el)),
  );
  for (const timer of timers) {
    const parts: Box[] = texts.filter((t) => timer.contains(t.el)).flatMap((t) => t.painted);
    for (const svg of Array.from(timer.querySelectorAll('svg'))) {
      const r = svg.getBoundingClientRect();
      if (r.width > 0 && r.height > 0) parts.push({ x: r.x, y: r.y, w: r.width, h: r.height });
    }
    const bg = getComputedStyle(timer).backgroundColor;
    const painted = !/rgba\(.*,\s*0\)$|transparent/.test(bg);
    if (painted) {
      const r = timer.getBoundingClientRect();
      parts.push({ x: r.x, y: r.y, w: r.width, h: r.height });
    }
    for (const t of texts) {
      if (timer.contains(t.el)) continue;
      // Line boxes are taller than the glyphs: a sliver of overlap is not text on the timer.
      const hit = t.painted
        .flatMap((r) => parts.map((p) => ({ r, x: intersect(r, p) })))
        .map(({ r, x }) => (x && x.w > 2 && x.h > Math.max(2, 0.2 * r.h) ? x : null))
        .find((x): x is Box => x !== null);
      if (hit) {
        problems.push({
          check: 'timer-overlap',
          text: short(t.node.data),
          box: boxOf(hit),
          detail: `${describe(t.el)} lies on the timer ${describe(timer)}`,
        });
      }
    }
  }

  // — Text on text: two elements' lines may touch, not cover each other. —
  const seenPairs = new Set<string>();
  for (let i = 0; i < texts.length; i++) {
    const a = texts[i];
    if (!a) continue;
    for (let j = i + 1; j < texts.length; j++) {
      const b = texts[j];
      if (!b || a.el === b.el) continue;
      for (const ra of a.painted) {
        const hit = b.painted
          .map((rb) => ({ rb, x: intersect(ra, rb) }))
          .find(({ rb, x }) => x && x.w > 2 && x.h > 0.3 * Math.min(ra.h, rb.h));
        if (hit?.x) {
          const key = `${i}:${j}`;
          if (!seenPairs.has(key)) {
            seenPairs.add(key);
            problems.push({
              check: 'overlap',
              text: `${short(a.node.data)} ⟷ ${short(b.node.data)}`,
              box: boxOf(hit.x),
              detail: `${describe(a.el)} and ${describe(b.el)} overlap`,
            });
          }
          break;
        }
      }
    }
  }

  // — Items: shown whole, or not at all. —
  const items: string[] = [];
  for (const el of Array.from(root.querySelectorAll('[data-pr-item]'))) {
    const key = el.getAttribute('data-pr-item') ?? '';
    if (!el.checkVisibility(HIDE)) continue;
    const r = el.getBoundingClientRect();
    const why =
      r.width < 1 || r.height < 1
        ? 'has no size'
        : clippedBy(el, boxOf({ x: r.x, y: r.y, w: r.width, h: r.height }), false);
    if (why) {
      problems.push({
        check: 'partial-item',
        text: `${key}: ${short(el.textContent ?? '')}`,
        box: boxOf(r),
        detail: `shown only in part: ${why}`,
      });
    } else {
      items.push(key);
    }
  }

  const pager = document.querySelector('[data-testid="pr-page"]');
  const indicator = pager
    ? {
        page: Number(pager.getAttribute('data-page')),
        pages: Number(pager.getAttribute('data-pages')),
        text: clean(pager.textContent ?? ''),
        shown: pager.checkVisibility(HIDE),
      }
    : null;
  return { problems, items, indicator, texts: texts.length };
}

export function inspectPage(page: Page, names: readonly string[]): Promise<PageInspection> {
  return page.evaluate(inspectInPage, { layers: COVERING_LAYERS, names });
}

/**
 * Until the projector stops changing: fonts loaded, hyphenation patterns arrived (the text is
 * rendered again with soft hyphens), fits done. Compares what is shown over a few frames.
 */
export async function settle(page: Page, timeoutMs = 4_000): Promise<void> {
  await page.evaluate(() => document.fonts.ready.then(() => undefined));
  const signature = () =>
    page.evaluate(async () => {
      await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
      const pager = document.querySelector('[data-testid="pr-page"]');
      const shown = Array.from(document.querySelectorAll('[data-pr-item]')).filter(
        (el) => !(el as HTMLElement).hidden,
      ).length;
      return `${document.body.innerHTML.length}:${shown}:${pager?.getAttribute('data-page') ?? ''}/${pager?.getAttribute('data-pages') ?? ''}`;
    });
  const end = Date.now() + timeoutMs;
  let last = await signature();
  let same = 0;
  while (Date.now() < end && same < 2) {
    await page.waitForTimeout(80);
    const now = await signature();
    same = now === last ? same + 1 : 0;
    last = now;
  }
}

export interface LayoutExpectation {
  /** The `data-pr-item` keys of the view, or null where the view has no items (join, break). */
  items: readonly string[] | null;
  /** People's names on the screen. */
  names: readonly string[];
  minFontShare: number;
  minContrast: number;
  /** Everything must fit on one page (no pager). */
  onePage?: boolean;
  /** Called with the page number after each page has been checked (screenshots). */
  onPage?: (page: number, problems: number) => Promise<void>;
}

export interface LayoutReport {
  problems: Problem[];
  pages: number;
}

async function blurToBody(page: Page): Promise<void> {
  await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
}

/** Presses `key` and waits for the pager to show `to`; false if it did not turn. */
async function turn(page: Page, key: 'PageDown' | 'PageUp', to: number): Promise<boolean> {
  await blurToBody(page);
  await page.keyboard.press(key);
  try {
    await page.waitForFunction(
      (want) =>
        document.querySelector('[data-testid="pr-page"]')?.getAttribute('data-page') ===
        String(want),
      to,
      { timeout: 3_000 },
    );
  } catch {
    return false;
  }
  // The page's items are shown before paint: two frames and it is on the screen.
  await page.evaluate(
    () => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))),
  );
  return true;
}

/**
 * Checks the projector's current view on every one of its pages: from page 1 (PageUp while
 * there is one before) through the last (PageDown), each page's layout, legibility and items,
 * then that the pages together showed each item of the view exactly as created.
 */
export async function checkLayout(page: Page, expect: LayoutExpectation): Promise<LayoutReport> {
  const problems: Problem[] = [];
  const height = page.viewportSize()?.height ?? 0;
  await settle(page);
  let first = await inspectPage(page, expect.names);
  // Views that grow at the end open on their newest page: go back to the first.
  for (let guard = 0; first.indicator && first.indicator.page > 1 && guard < 200; guard++) {
    const to = first.indicator.page - 1;
    if (!(await turn(page, 'PageUp', to))) {
      problems.push({
        check: 'paging',
        text: first.indicator.text,
        detail: `PageUp did not turn from page ${first.indicator.page} to ${to}`,
      });
      break;
    }
    first = await inspectPage(page, expect.names);
  }

  const seen = new Set<string>();
  const pages = first.indicator?.pages ?? 1;
  let current = first;
  for (let n = 1; ; n++) {
    const found = [...current.problems];
    const ind = current.indicator;
    if (ind) {
      if (ind.page !== n || ind.pages !== pages) {
        found.push({
          check: 'paging',
          text: ind.text,
          detail: `expected page ${n} of ${pages}, the pager says data-page=${ind.page} data-pages=${ind.pages}`,
        });
      }
      if (!ind.shown)
        found.push({ check: 'paging', text: ind.text, detail: 'the pager is not visible' });
      if (
        !new RegExp(`(Side ${ind.page} af ${ind.pages}|Page ${ind.page} of ${ind.pages})`).test(
          ind.text,
        )
      ) {
        found.push({
          check: 'paging',
          text: ind.text,
          detail: `the pager does not read “Side ${ind.page} af ${ind.pages}”`,
        });
      }
      if (ind.pages <= 1)
        found.push({ check: 'paging', text: ind.text, detail: 'a pager on a one-page view' });
    }
    for (const r of await measureLegibility(page, COVERING_LAYERS)) {
      if (r.fontPx < height * expect.minFontShare - 0.01) {
        found.push({
          check: 'font-size',
          text: r.text,
          box: r.box,
          detail: `${r.fontPx.toFixed(1)}px, below ${(expect.minFontShare * 100).toFixed(1)} % of ${height}px (${(height * expect.minFontShare).toFixed(1)}px)`,
        });
      }
      if (r.contrast < expect.minContrast) {
        found.push({
          check: 'contrast',
          text: r.text,
          box: r.box,
          detail: `${r.contrast.toFixed(2)}:1 (${r.colour} on ${r.background}), below ${expect.minContrast}:1`,
        });
      }
    }
    for (const key of current.items) seen.add(key);
    for (const p of found) problems.push({ ...p, page: n });
    await expect.onPage?.(n, found.length);
    if (!ind || n >= pages) break;
    if (!(await turn(page, 'PageDown', n + 1))) {
      problems.push({
        check: 'paging',
        text: ind.text,
        detail: `PageDown did not turn to page ${n + 1}`,
        page: n,
      });
      break;
    }
    current = await inspectPage(page, expect.names);
  }

  if (expect.items) {
    const want = new Set(expect.items);
    const missing = [...want].filter((k) => !seen.has(k));
    const extra = [...seen].filter((k) => !want.has(k));
    if (missing.length > 0) {
      problems.push({
        check: 'items',
        text: missing.slice(0, 8).join(', ') + (missing.length > 8 ? ` … (${missing.length})` : ''),
        detail: `${missing.length} of ${want.size} items were on no page (shown whole)`,
      });
    }
    if (extra.length > 0) {
      problems.push({
        check: 'items',
        text: extra.slice(0, 8).join(', ') + (extra.length > 8 ? ` … (${extra.length})` : ''),
        detail: `${extra.length} items shown that the test did not create`,
      });
    }
  }
  if (expect.onePage && pages > 1) {
    problems.push({
      check: 'fit',
      text: `${pages} pages`,
      detail: 'expected everything on one page',
    });
  }
  return { problems, pages };
}

/** One line per problem, naming the text and where it is. */
export function formatProblems(problems: readonly Problem[]): string {
  return problems
    .map((p) => {
      const where = p.box ? ` @ ${p.box.x},${p.box.y} ${p.box.w}×${p.box.h}` : '';
      return `${p.page ? `[page ${p.page}] ` : ''}${p.check}: “${p.text}”${where} — ${p.detail}`;
    })
    .join('\n');
}
