import { nanoid } from 'nanoid';
import type { AgendaPoint } from '../../../../../shared/model/workshop';
import { useSend } from '../../../common/hostContext';
import { CONCLUSION_MAX } from '../../../../../shared/model/textLimits';
import { useTranslation } from '../../../i18n/i18n';
import { fieldPaths } from '../../shared-fields/fieldPaths';
import { SharedCommitText } from '../../shared-fields/SharedCommitText';
import { AddTextForm, RemoveItemButton } from '../common/listEditing';

/** The point's conclusion (Konklusion): a short list of decisions. */
export function Conclusions({ point }: { point: AgendaPoint }) {
  const { t } = useTranslation();
  const send = useSend();

  return (
    <section className="rw-section" aria-labelledby="rw-conclusion-heading">
      <h3 id="rw-conclusion-heading" className="rw-heading">
        {t('roomsWork.conclusion.heading')}
      </h3>
      {point.conclusions.length === 0 ? (
        <p className="empty">{t('roomsWork.conclusion.empty')}</p>
      ) : (
        <ol className="rw-list rw-conclusions">
          {point.conclusions.map((c, i) => (
            <li
              key={c.id}
              className="rw-list-item"
              data-testid="rw-conclusion-item"
              data-conclusion-id={c.id}
            >
              <span className="rw-turn-number" aria-hidden="true">
                {i + 1}
              </span>
              <SharedCommitText
                fieldKey={`conclusion:${c.id}`}
                fieldPath={fieldPaths.conclusion(point.id, c.id)}
                className="inline-input rw-grow"
                data-testid="rw-conclusion-edit"
                value={c.text}
                required
                maxLength={CONCLUSION_MAX}
                aria-label={t('roomsWork.conclusion.editLabel', { n: i + 1 })}
                onCommit={(v) => send({ type: 'conclusion.update', id: c.id, text: v.trim() })}
              />
              <RemoveItemButton
                text={c.text}
                testId="rw-conclusion-remove"
                onRemove={() => void send({ type: 'conclusion.update', id: c.id, remove: true })}
              />
            </li>
          ))}
        </ol>
      )}
      <AddTextForm
        maxLength={CONCLUSION_MAX}
        label={t('roomsWork.conclusion.text')}
        placeholder={t('roomsWork.conclusion.placeholder')}
        testId="rw-conclusion"
        fieldKey={`conclusions:${point.id}:new`}
        onAdd={(text) =>
          send({ type: 'conclusion.add', pointId: point.id, conclusion: { id: nanoid(), text } })
        }
      />
    </section>
  );
}
