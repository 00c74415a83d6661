import { z } from 'zod';
import type { DisplayLike, Rect, ScreenLike } from './projector';

/**
 * Where the windows were: console and projector bounds, and the display the projector last
 * presented on; and how to put a window back only where a connected display shows it. The file
 * is windowStateStore.ts.
 */

const RectSchema = z.object({
  x: z.number().int(),
  y: z.number().int(),
  width: z.number().int().positive(),
  height: z.number().int().positive(),
});

export const SavedWindowSchema = z.object({
  /** The ordinary (not maximised, not full-screen) bounds. */
  bounds: RectSchema,
  maximized: z.boolean().default(false),
});
export type SavedWindow = z.infer<typeof SavedWindowSchema>;

/** A display as it is remembered: Electron's id, and its bounds in case the id changes. */
export const DisplayMemorySchema = z.object({ id: z.number().int(), bounds: RectSchema });
export type DisplayMemory = z.infer<typeof DisplayMemorySchema>;

export const WindowStateSchema = z.object({
  console: SavedWindowSchema.optional(),
  projector: SavedWindowSchema.optional(),
  projectorDisplay: DisplayMemorySchema.optional(),
});
export type WindowState = z.infer<typeof WindowStateSchema>;

/** Unreadable or invalid: start from nothing (a window position is not worth a warning). */
export function parseWindowState(text: string): WindowState {
  try {
    const parsed = WindowStateSchema.safeParse(JSON.parse(text));
    return parsed.success ? parsed.data : {};
  } catch {
    return {};
  }
}

const contains = (area: Rect, x: number, y: number): boolean =>
  x >= area.x && x < area.x + area.width && y >= area.y && y < area.y + area.height;

/**
 * The connected display that shows the window's title bar, if any: its top centre must be on a
 * display, so a window restored there can always be grabbed and moved.
 */
export function displayShowing(screen: ScreenLike, bounds: Rect): DisplayLike | null {
  const x = bounds.x + Math.round(bounds.width / 2);
  const y = bounds.y + Math.min(16, Math.round(bounds.height / 2));
  return screen.getAllDisplays().find((display) => contains(display.workArea, x, y)) ?? null;
}

/** A window of the wanted size, never larger than the work area, centred in it. */
export function centredIn(display: DisplayLike, width: number, height: number): Rect {
  const area = display.workArea;
  const w = Math.min(width, area.width);
  const h = Math.min(height, area.height);
  return {
    x: area.x + Math.round((area.width - w) / 2),
    y: area.y + Math.round((area.height - h) / 2),
    width: w,
    height: h,
  };
}

/**
 * Saved bounds when a connected display still shows them (shrunk to fit it, e.g. after a
 * resolution change); otherwise null, and the caller centres the window on the primary display.
 */
export function restoredBounds(screen: ScreenLike, saved: Rect | undefined): Rect | null {
  if (!saved) return null;
  const display = displayShowing(screen, saved);
  if (!display) return null;
  const area = display.workArea;
  const width = Math.min(saved.width, area.width);
  const height = Math.min(saved.height, area.height);
  return {
    x: Math.min(Math.max(saved.x, area.x), area.x + area.width - width),
    y: Math.min(Math.max(saved.y, area.y), area.y + area.height - height),
    width,
    height,
  };
}

/** The remembered display, if it is connected: by id, or failing that by identical bounds. */
export function findDisplay(
  screen: ScreenLike,
  memory: DisplayMemory | undefined,
): DisplayLike | null {
  if (!memory) return null;
  const displays = screen.getAllDisplays();
  const same = (a: Rect, b: Rect) =>
    a.x === b.x && a.y === b.y && a.width === b.width && a.height === b.height;
  return (
    displays.find((d) => d.id === memory.id) ??
    displays.find((d) => same(d.bounds, memory.bounds)) ??
    null
  );
}

export const rememberDisplay = (display: DisplayLike): DisplayMemory => ({
  id: display.id,
  bounds: { ...display.bounds },
});
