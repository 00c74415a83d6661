import type { TrendPoint } from '../../../../shared/evaluation/stats';

const W = 120;
const H = 64;
const y = (mean: number) => 10 + ((5 - mean) / 4) * (H - 20);

/** The series' means, oldest left, this meeting as the last and larger dot (at most six shown). */
export function TrendLine({ trend }: { trend: readonly TrendPoint[] }) {
  const shown = trend.slice(-6);
  const step = shown.length > 1 ? (W - 28) / (shown.length - 1) : 0;
  const points = shown.flatMap((p, i) =>
    p.mean === null ? [] : [{ x: 14 + i * step, y: y(p.mean), current: p.current }],
  );
  return (
    <svg className="pe-trend-line" viewBox={`0 0 ${W} ${H}`} aria-hidden="true">
      <line className="pe-trend-axis" x1={0} x2={W} y1={y(3)} y2={y(3)} />
      <polyline className="pe-trend-path" points={points.map((p) => `${p.x},${p.y}`).join(' ')} />
      {points.map((p, i) => (
        <circle
          key={i}
          className={p.current ? 'pe-trend-now' : 'pe-trend-dot'}
          cx={p.x}
          cy={p.y}
          r={p.current ? 10 : 7}
        />
      ))}
    </svg>
  );
}
