import { useMemo } from 'react';
import { qrMatrix } from './qrMatrix';

/** Modules of light margin around the code, as the QR standard asks, so scanners find it. */
const QUIET = 4;

/**
 * A QR code drawn as SVG rectangles by React (no innerHTML, no canvas, nothing the CSP need
 * allow). Always dark on white, whatever the theme: phones' cameras read that best.
 */
export function QrCode({
  text,
  label,
  className,
  testId = 'qr-code',
}: {
  text: string;
  label: string;
  className?: string;
  /** The phones' code is `qr-code`; a team role's is `team-qr-<role>`. */
  testId?: string;
}) {
  const { size, runs } = useMemo(() => qrMatrix(text), [text]);
  const side = size + QUIET * 2;
  return (
    <svg
      className={className}
      viewBox={`0 0 ${side} ${side}`}
      role="img"
      aria-label={label}
      data-testid={testId}
      data-modules={size}
      shapeRendering="crispEdges"
    >
      <rect width={side} height={side} fill="#ffffff" />
      {runs.map((r) => (
        <rect
          key={`${r.row}-${r.col}`}
          x={r.col + QUIET}
          y={r.row + QUIET}
          width={r.length}
          height={1}
          fill="#000000"
        />
      ))}
    </svg>
  );
}
