// Test ids: eval-paper-form (select), eval-paper-item (data-item-id, data-score),
// eval-paper-score-<1..5> (inside an item; aria-pressed), eval-paper-save, eval-paper-clear,
// eval-paper-saved (status after a save).
import { nanoid } from 'nanoid';
import { useState, type KeyboardEvent } from 'react';
import { SCALE_WORDS } from '../../../../shared/evaluation/catalogue';
import { formItems } from '../../../../shared/evaluation/forms';
import { asLang, itemText } from '../../../../shared/evaluation/itemText';
import {
  EVALUATION_FORM_IDS,
  isEvaluationFormId,
  type EvaluationFormId,
} from '../../../../shared/evaluation/formIds';
import type { Evaluation } from '../../../../shared/model/evaluation';
import { useSend } from '../../common/hostContext';
import { useTranslation } from '../../i18n/i18n';

const SCORES = [1, 2, 3, 4, 5] as const;

/**
 * One paper form at a time: click (or type 1–5 on a row, which moves on to the next) the score of
 * each answered item, then save it as one anonymous response. Unanswered items are left out.
 */
export function PaperEntry({ evaluation }: { evaluation: Evaluation }) {
  const { t, i18n } = useTranslation();
  const lang = asLang(i18n.language);
  const send = useSend();
  const [formId, setFormId] = useState<EvaluationFormId>('pataevaers');
  const [answers, setAnswers] = useState<Record<string, number>>({});
  const [saved, setSaved] = useState<number | null>(null);
  const items = formItems(evaluation, formId, lang);
  const answered = items.filter((i) => answers[i.id] !== undefined).length;

  function score(itemId: string, s: number): void {
    setSaved(null);
    setAnswers((a) => {
      const next = { ...a };
      if (a[itemId] === s) delete next[itemId];
      else next[itemId] = s;
      return next;
    });
  }

  function onRowKey(e: KeyboardEvent<HTMLDivElement>, itemId: string): void {
    const s = Number(e.key);
    if (!Number.isInteger(s) || s < 1 || s > 5) return;
    e.preventDefault();
    score(itemId, s);
    const row = e.currentTarget.nextElementSibling?.querySelector('button');
    if (row instanceof HTMLButtonElement) row.focus();
  }

  async function save(): Promise<void> {
    const scores: Record<string, number> = {};
    for (const item of items) {
      const s = answers[item.id];
      if (s !== undefined) scores[item.id] = s;
    }
    const ok = await send({
      type: 'evaluation.score',
      responseId: nanoid(),
      formId,
      scores,
      fromPaper: true,
    });
    if (ok) {
      setAnswers({});
      setSaved(evaluation.responses.filter((r) => r.formId === formId).length + 1);
    }
  }

  return (
    <div className="eval-paper">
      <p className="field-hint">{t('evaluation.paper.hint')}</p>
      <label className="field">
        <span className="field-label">{t('evaluation.paper.form')}</span>
        <select
          data-testid="eval-paper-form"
          value={formId}
          onChange={(e) => {
            const next = e.target.value;
            if (!isEvaluationFormId(next)) return;
            setFormId(next);
            setAnswers({});
            setSaved(null);
          }}
        >
          {EVALUATION_FORM_IDS.map((f) => (
            <option
              key={f}
              value={f}
              disabled={f !== 'pataevaers' && evaluation.pairs.length === 0}
            >
              {t(`evaluation.forms.${f}`)}
            </option>
          ))}
        </select>
      </label>
      <div className="eval-paper-items">
        {items.map((item, i) => (
          <div
            key={item.id}
            className="eval-paper-item"
            data-testid="eval-paper-item"
            data-item-id={item.id}
            data-score={answers[item.id] ?? ''}
            onKeyDown={(e) => onRowKey(e, item.id)}
          >
            {item.group && item.group !== items[i - 1]?.group ? (
              <p className="eval-paper-group">{item.group}</p>
            ) : null}
            <span className="eval-paper-label">{itemText(item.id, item.label, lang)}</span>
            <span
              className="eval-paper-scores"
              role="group"
              aria-label={itemText(item.id, item.label, lang)}
            >
              {SCORES.map((s) => (
                <button
                  key={s}
                  type="button"
                  className="eval-score-button"
                  aria-pressed={answers[item.id] === s}
                  title={SCALE_WORDS[lang][s - 1]}
                  data-testid={`eval-paper-score-${s}`}
                  onClick={() => score(item.id, s)}
                >
                  {s}
                </button>
              ))}
            </span>
          </div>
        ))}
      </div>
      <div className="button-group">
        <button
          type="button"
          className="button button-primary"
          data-testid="eval-paper-save"
          disabled={answered === 0}
          onClick={() => void save()}
        >
          {t('evaluation.paper.save', { answered, total: items.length })}
        </button>
        <button
          type="button"
          className="button button-quiet"
          data-testid="eval-paper-clear"
          disabled={answered === 0}
          onClick={() => setAnswers({})}
        >
          {t('evaluation.paper.clear')}
        </button>
        {saved !== null ? (
          <span className="eval-paper-saved" data-testid="eval-paper-saved" role="status">
            {t('evaluation.paper.saved', { count: saved })}
          </span>
        ) : null}
      </div>
    </div>
  );
}
