import type { SelectHTMLAttributes } from 'react';
import type { Participant } from '../../../../../shared/model/workshop';
import { pickerChoices } from '../../../common/pickerPeople';
import { useTranslation } from '../../../i18n/i18n';

interface Props extends Omit<SelectHTMLAttributes<HTMLSelectElement>, 'value' | 'onChange'> {
  participants: readonly Participant[];
  value: string | null;
  onChange: (id: string | null) => void;
  /** The label of the empty choice ("unknown", "the room", "add person …"). */
  emptyLabel: string;
}

/** A participant, or nobody: present people first, those who sent regrets last and marked. */
export function ParticipantSelect({ participants, value, onChange, emptyLabel, ...rest }: Props) {
  const { t } = useTranslation();
  return (
    <select {...rest} value={value ?? ''} onChange={(e) => onChange(e.target.value || null)}>
      <option value="">{emptyLabel}</option>
      {pickerChoices(participants, t('participants.absentMark')).map((c) => (
        <option key={c.id} value={c.id} data-absent={c.absent || undefined}>
          {c.label}
        </option>
      ))}
    </select>
  );
}
