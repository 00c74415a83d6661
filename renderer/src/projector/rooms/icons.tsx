/** Small line icons beside words on the projector (never instead of them). */
type IconName = 'person' | 'question' | 'warning' | 'bolt' | 'check' | 'speech' | 'flask' | 'star';

const paths: Record<IconName, string[]> = {
  person: ['M24 22a8 8 0 1 0 0-16 8 8 0 0 0 0 16z', 'M8 42c0-9 7-15 16-15s16 6 16 15'],
  question: ['M18 17a6 6 0 1 1 8.5 5.5c-1.6.8-2.5 2.1-2.5 3.9V29', 'M24 36v.5'],
  warning: ['M24 6 3 42h42z', 'M24 19v11', 'M24 36v.5'],
  bolt: ['M27 4 10 27h13l-3 17 18-24H25z'],
  check: ['M8 25l10 10 22-22'],
  speech: ['M6 10h36v22H20l-9 8v-8H6z'],
  flask: ['M18 5h12', 'M20 5v13L8 40a3 3 0 0 0 3 4h26a3 3 0 0 0 3-4L28 18V5', 'M13 32h22'],
  star: ['M24 4l6 13 14 1.5-10.5 9.5 3 14L24 35l-12.5 7 3-14L4 18.5 18 17z'],
};

export function Icon({ name, className }: { name: IconName; className?: string }) {
  return (
    <svg
      className={`pr-icon ${className ?? ''}`}
      viewBox="0 0 48 48"
      fill="none"
      stroke="currentColor"
      strokeWidth="4.5"
      strokeLinecap="round"
      strokeLinejoin="round"
      aria-hidden="true"
      data-icon={name}
    >
      {paths[name].map((d) => (
        <path key={d} d={d} />
      ))}
    </svg>
  );
}
