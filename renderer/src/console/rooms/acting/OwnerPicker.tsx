import type { Participant } from '../../../../../shared/model/workshop';
import { pickerChoices, pickerLabel } from '../../../common/pickerPeople';
import { useTranslation } from '../../../i18n/i18n';
import type { People } from '../common/people';

interface Props {
  ownerIds: readonly string[];
  participants: readonly Participant[];
  people: People;
  onChange: (ownerIds: string[]) => void;
  testId?: string;
  label: string;
}

/**
 * Who: chips for the people chosen, and a select that adds one more (those who sent regrets last
 * and marked: an action can still go to someone absent).
 */
export function OwnerPicker({ ownerIds, participants, people, onChange, testId, label }: Props) {
  const { t } = useTranslation();
  const absentMark = t('participants.absentMark');
  const left = pickerChoices(
    participants.filter((p) => !ownerIds.includes(p.id)),
    absentMark,
  );
  return (
    <span className="rw-owners">
      {ownerIds.map((id) => {
        const person = people.get(id);
        const name = person?.name ?? id;
        return (
          <button
            key={id}
            type="button"
            className="rw-chip"
            data-testid="rw-action-owner-chip"
            data-participant-id={id}
            aria-label={t('roomsWork.actions.removeOwner', { name })}
            onClick={() => onChange(ownerIds.filter((x) => x !== id))}
          >
            {person ? pickerLabel(person, absentMark, false) : name}{' '}
            <span aria-hidden="true">×</span>
          </button>
        );
      })}
      {left.length > 0 ? (
        <select
          className="rw-mini-select"
          data-testid={testId}
          value=""
          aria-label={label}
          onChange={(e) => {
            if (e.target.value) onChange([...ownerIds, e.target.value]);
          }}
        >
          <option value="">{t('roomsWork.actions.addOwner')}</option>
          {left.map((c) => (
            <option key={c.id} value={c.id} data-absent={c.absent || undefined}>
              {c.label}
            </option>
          ))}
        </select>
      ) : null}
    </span>
  );
}
