// Test ids: eval-pair (data-pair-id), eval-pair-remove, eval-pair-from, eval-pair-to,
// eval-pair-add, eval-pair-add-both, eval-group-new, eval-group-add.
import { nanoid } from 'nanoid';
import { useState } from 'react';
import { pairLabel } from '../../../../shared/evaluation/forms';
import { defaultGroups, rcGroups } from '../../../../shared/evaluation/relational';
import type { RcPair } from '../../../../shared/model/evaluation';
import type { WorkshopSlice } from '../workshopSlice';
import { useSend } from '../../common/hostContext';
import { RC_GROUP_MAX } from '../../../../shared/model/textLimits';
import { useTranslation } from '../../i18n/i18n';

/**
 * The pairs of groups the relational-coordination survey asks about. Groups are suggested from
 * the participants' organisations; another group (e.g. "Hjemmeplejen") can be typed in.
 */
export function RcPairsEditor({
  workshop,
}: {
  workshop: WorkshopSlice<'evaluation' | 'participants'>;
}) {
  const { t } = useTranslation();
  const send = useSend();
  const pairs = workshop.evaluation.pairs;
  const [extra, setExtra] = useState<string[]>([]);
  const [newGroup, setNewGroup] = useState('');
  const groups = [...new Set([...defaultGroups(workshop), ...rcGroups(pairs), ...extra])];
  const [from, setFrom] = useState('');
  const [to, setTo] = useState('');
  const fromValue = groups.includes(from) ? from : (groups[0] ?? '');
  const toValue = groups.includes(to) ? to : (groups.find((g) => g !== fromValue) ?? '');
  const exists = (a: string, b: string) => pairs.some((p) => p.from === a && p.to === b);

  const setPairs = (next: RcPair[]) => send({ type: 'evaluation.setPairs', pairs: next });
  const add = (both: boolean) => {
    const next = [...pairs];
    if (!exists(fromValue, toValue)) next.push({ id: nanoid(10), from: fromValue, to: toValue });
    if (both && !exists(toValue, fromValue))
      next.push({ id: nanoid(10), from: toValue, to: fromValue });
    void setPairs(next);
  };
  const canAdd = fromValue !== '' && toValue !== '' && fromValue !== toValue;

  const select = (value: string, onChange: (v: string) => void, testId: string, label: string) => (
    <label className="field">
      <span className="field-label">{label}</span>
      <select data-testid={testId} value={value} onChange={(e) => onChange(e.target.value)}>
        {groups.map((g) => (
          <option key={g} value={g}>
            {g}
          </option>
        ))}
      </select>
    </label>
  );

  return (
    <div className="eval-pairs">
      <p className="field-hint">{t('evaluation.pairs.hint')}</p>
      {pairs.length === 0 ? (
        <p className="empty">{t('evaluation.pairs.empty')}</p>
      ) : (
        <ul className="eval-pair-list">
          {pairs.map((p) => (
            <li key={p.id} data-testid="eval-pair" data-pair-id={p.id}>
              <span>{pairLabel(p)}</span>
              <button
                type="button"
                className="button button-small button-quiet"
                data-testid="eval-pair-remove"
                aria-label={t('evaluation.pairs.remove', { pair: pairLabel(p) })}
                onClick={() => void setPairs(pairs.filter((x) => x.id !== p.id))}
              >
                {t('evaluation.remove')}
              </button>
            </li>
          ))}
        </ul>
      )}
      <div className="add-form">
        {select(fromValue, setFrom, 'eval-pair-from', t('evaluation.pairs.from'))}
        {select(toValue, setTo, 'eval-pair-to', t('evaluation.pairs.to'))}
        <button
          type="button"
          className="button"
          data-testid="eval-pair-add"
          disabled={!canAdd}
          onClick={() => add(false)}
        >
          {t('evaluation.pairs.add')}
        </button>
        <button
          type="button"
          className="button button-quiet"
          data-testid="eval-pair-add-both"
          disabled={!canAdd}
          onClick={() => add(true)}
        >
          {t('evaluation.pairs.addBoth')}
        </button>
      </div>
      <form
        className="add-form"
        onSubmit={(e) => {
          e.preventDefault();
          const g = newGroup.trim();
          if (g && !groups.includes(g)) setExtra((x) => [...x, g]);
          setNewGroup('');
        }}
      >
        <label className="field field-grow">
          <span className="field-label">{t('evaluation.pairs.newGroup')}</span>
          <input
            data-testid="eval-group-new"
            value={newGroup}
            maxLength={RC_GROUP_MAX}
            onChange={(e) => setNewGroup(e.target.value)}
          />
        </label>
        <button
          type="submit"
          className="button"
          data-testid="eval-group-add"
          disabled={!newGroup.trim()}
        >
          {t('evaluation.pairs.addGroup')}
        </button>
      </form>
    </div>
  );
}
