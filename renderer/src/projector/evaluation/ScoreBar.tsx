import type { ScoreSummary } from '../../../../shared/model/evaluation';
import { SCALE_END, SCALE_START, SCALE_WIDTH as W, scaleX as x } from './scale';

const H = 64;
const PAD = SCALE_START;

/**
 * The mean as a bar from 1 on the 1–5 scale, with the lowest–highest range as a line with end
 * caps over it. The numbers are written beside it, so nothing depends on colour or length alone.
 */
export function ScoreBar({ summary }: { summary: ScoreSummary }) {
  const { mean, min, max } = summary;
  return (
    <svg className="pe-bar" viewBox={`0 0 ${W} ${H}`} preserveAspectRatio="none" aria-hidden="true">
      <rect className="pe-bar-track" x={PAD} y={14} width={SCALE_END - PAD} height={36} rx={4} />
      {[1, 2, 3, 4, 5].map((s) => (
        <line key={s} className="pe-bar-tick" x1={x(s)} x2={x(s)} y1={8} y2={56} />
      ))}
      {mean !== null ? (
        <rect
          className="pe-bar-mean"
          x={PAD}
          y={14}
          width={Math.max(x(mean) - PAD, 4)}
          height={36}
          rx={4}
        />
      ) : null}
      {min !== null && max !== null
        ? (['pe-bar-range-halo', 'pe-bar-range'] as const).map((cls) => (
            <g key={cls} className={cls}>
              <line x1={x(min)} x2={x(max)} y1={32} y2={32} />
              <line x1={x(min)} x2={x(min)} y1={18} y2={46} />
              <line x1={x(max)} x2={x(max)} y1={18} y2={46} />
            </g>
          ))
        : null}
    </svg>
  );
}
