import type { SelectHTMLAttributes } from 'react';
import type { Participant } from '../../../../../shared/model/workshop';

interface Props extends Omit<SelectHTMLAttributes<HTMLSelectElement>, 'value' | 'onChange'> {
  participants: readonly Participant[];
  value: string | null;
  onChange: (id: string | null) => void;
  /** The label of the empty choice ("unknown", "the room", "add person …"). */
  emptyLabel: string;
}

/** A participant, or nobody: present people first, those who sent regrets last. */
export function ParticipantSelect({ participants, value, onChange, emptyLabel, ...rest }: Props) {
  const sorted = [...participants].sort((a, b) => Number(b.present) - Number(a.present));
  return (
    <select {...rest} value={value ?? ''} onChange={(e) => onChange(e.target.value || null)}>
      <option value="">{emptyLabel}</option>
      {sorted.map((p) => (
        <option key={p.id} value={p.id}>
          {p.organisation ? `${p.name} · ${p.organisation}` : p.name}
        </option>
      ))}
    </select>
  );
}
