/** The 1–5 scale across every bar and dumbbell: the same x, so the axis fits them all. */
export const SCALE_WIDTH = 600;
const PAD = 16;

export const scaleX = (score: number) => PAD + ((score - 1) / 4) * (SCALE_WIDTH - 2 * PAD);
export const SCALE_START = PAD;
export const SCALE_END = SCALE_WIDTH - PAD;
