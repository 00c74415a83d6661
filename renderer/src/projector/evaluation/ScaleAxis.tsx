import { scaleX, SCALE_WIDTH } from './scale';

/** The 1–5 scale's numbers under a column of bars, each under its tick. */
export function ScaleAxis() {
  return (
    <div className="pe-axis" aria-hidden="true">
      {[1, 2, 3, 4, 5].map((s) => (
        <span key={s} style={{ left: `${(scaleX(s) / SCALE_WIDTH) * 100}%` }}>
          {s}
        </span>
      ))}
    </div>
  );
}
