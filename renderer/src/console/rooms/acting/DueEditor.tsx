import type { Due } from '../../../../../shared/model/actions';

/**
 * An action's "when": a date, or "at the next meeting" (the date field hides then). One editor
 * for the acting room's rows and the action log, so the two cannot drift apart.
 */
export function DueEditor({
  due,
  onChange,
  testIdPrefix,
  dateLabel,
  nextMeetingLabel,
  checkClassName,
}: {
  due: Due;
  onChange: (due: Due) => void;
  /** `<prefix>-due` on the date field, `<prefix>-next-meeting` on the checkbox. */
  testIdPrefix: string;
  dateLabel: string;
  nextMeetingLabel: string;
  checkClassName: string;
}) {
  const date = due?.kind === 'date' ? due.date : '';
  const next = due?.kind === 'next-meeting';
  return (
    <>
      {next ? null : (
        <input
          type="date"
          className="inline-input"
          data-testid={`${testIdPrefix}-due`}
          value={date}
          aria-label={dateLabel}
          onChange={(e) => onChange(e.target.value ? { kind: 'date', date: e.target.value } : null)}
        />
      )}
      <label className={checkClassName}>
        <input
          type="checkbox"
          data-testid={`${testIdPrefix}-next-meeting`}
          checked={next}
          onChange={(e) =>
            // Unticking goes back to the date there was, if any.
            onChange(
              e.target.checked ? { kind: 'next-meeting' } : date ? { kind: 'date', date } : null,
            )
          }
        />
        {nextMeetingLabel}
      </label>
    </>
  );
}
