/**
 * Five steps of one blue (colour-blind safe), lightest for 1 and darkest for 5. Each step's text
 * colour keeps ≥ 7:1 contrast, and the number is always written in the cell: colour only helps.
 */
const STEPS = [
  { below: 2, background: '#eef4fa', ink: '#111418' },
  { below: 2.75, background: '#c6dbef', ink: '#111418' },
  { below: 3.5, background: '#9ecae1', ink: '#111418' },
  { below: 4.25, background: '#6baed6', ink: '#111418' },
  { below: Infinity, background: '#08519c', ink: '#ffffff' },
] as const;

export function heatColour(mean: number): { background: string; ink: string } {
  const step = STEPS.find((s) => mean < s.below) ?? STEPS[4];
  return { background: step.background, ink: step.ink };
}
