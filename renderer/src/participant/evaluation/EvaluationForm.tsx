// Test ids: phone-eval-form (data-form-id), phone-eval-item (data-item-id, data-score),
// phone-eval-score-<n> (inside an item; aria-checked), phone-eval-submit, phone-eval-thanks.
import { useState } from 'react';
import { usePhoneText } from '../i18n/phoneI18n';
import { SCALE_WORDS } from '../../../../shared/evaluation/catalogue';
import { formTitle } from '../../../../shared/evaluation/forms';
import { itemText } from '../../../../shared/evaluation/itemText';
import { isEvaluationFormId } from '../../../../shared/evaluation/formIds';
import type { PhoneForm } from '../../../../shared/phones/contract';
import { useHyphenateIn } from '../../common/hyphenation/useHyphenateIn';
import './evaluationForm.css';

const SCORES = [1, 2, 3, 4, 5] as const;

/** A soft hyphen in the one word too long for a fifth of a narrow phone ("i begrænset grad"). */
const breakable = (word: string) => word.replace('begrænset', 'begræn\u00ADset');

export interface EvaluationFormProps {
  form: PhoneForm;
  /** Item id → score, only the items answered. Resolves false when the host refused them. */
  onSubmit: (answers: Record<string, number>) => Promise<boolean>;
  /** Input locked or offline: the buttons stay visible but do nothing. */
  disabled?: boolean;
}

/**
 * One anonymous evaluation on the phone: each item scored 1–5 with big buttons that carry the
 * scale's words, items grouped under their pair of groups, then one send. Nothing about the
 * person goes with the answers.
 */
export function EvaluationForm({ form, onSubmit, disabled = false }: EvaluationFormProps) {
  const { t, language } = usePhoneText();
  const hy = useHyphenateIn(language);
  const [answers, setAnswers] = useState<Record<string, number>>({});
  const [sent, setSent] = useState(false);
  const title = isEvaluationFormId(form.id) ? formTitle(form.id, language) : form.title;

  if (form.submitted) {
    return (
      <section className="phone-card phone-eval" data-testid="phone-eval-thanks" role="status">
        <h2>{hy(title)}</h2>
        <p>{t('evaluation.thanks')}</p>
      </section>
    );
  }

  const answered = form.items.filter((i) => answers[i.id] !== undefined).length;
  const groups: { group: string | null; items: PhoneForm['items'] }[] = [];
  for (const item of form.items) {
    const last = groups.at(-1);
    if (last && last.group === item.group) last.items.push(item);
    else groups.push({ group: item.group, items: [item] });
  }

  return (
    <form
      className="phone-eval"
      data-testid="phone-eval-form"
      data-form-id={form.id}
      onSubmit={(e) => {
        e.preventDefault();
        if (answered === 0 || disabled) return;
        setSent(true);
        // Refused (input locked, form closed, connection lost): the answers stay and can be sent again.
        void onSubmit(answers).then((accepted) => {
          if (!accepted) setSent(false);
        });
      }}
    >
      <header className="phone-card">
        <h2>{hy(title)}</h2>
        <p className="phone-quiet">{t('evaluation.anonymous')}</p>
        <p className="phone-eval-scale">
          {t('evaluation.scale', {
            low: SCALE_WORDS[language][0] ?? '1',
            high: SCALE_WORDS[language][4] ?? '5',
          })}
        </p>
      </header>
      {groups.map((g, gi) => (
        <fieldset key={`${g.group ?? ''}-${gi}`} className="phone-card phone-eval-group">
          {g.group ? <legend className="phone-eval-pair">{hy(g.group)}</legend> : null}
          {g.items.map((item) => (
            <ScoreItem
              key={item.id}
              id={item.id}
              label={hy(itemText(item.id, item.label, language))}
              score={answers[item.id]}
              words={SCALE_WORDS[language]}
              disabled={disabled || sent}
              onScore={(s) =>
                setAnswers((a) => {
                  const next = { ...a };
                  // Tapping the chosen score again clears it: the item is left unanswered.
                  if (a[item.id] === s) delete next[item.id];
                  else next[item.id] = s;
                  return next;
                })
              }
            />
          ))}
        </fieldset>
      ))}
      <button
        type="submit"
        className="phone-button phone-button-primary phone-eval-submit"
        data-testid="phone-eval-submit"
        disabled={answered === 0 || disabled || sent}
      >
        {t('evaluation.send', { answered, total: form.items.length })}
      </button>
    </form>
  );
}

function ScoreItem({
  id,
  label,
  score,
  words,
  disabled,
  onScore,
}: {
  id: string;
  label: string;
  score: number | undefined;
  words: readonly string[];
  disabled: boolean;
  onScore: (score: number) => void;
}) {
  const labelId = `eval-${id}`;
  return (
    <div
      className="phone-eval-item"
      data-testid="phone-eval-item"
      data-item-id={id}
      data-score={score ?? ''}
    >
      <p id={labelId} className="phone-eval-label">
        {label}
      </p>
      <div className="phone-eval-scores" role="radiogroup" aria-labelledby={labelId}>
        {SCORES.map((s) => (
          <button
            key={s}
            type="button"
            role="radio"
            aria-checked={score === s}
            aria-label={`${s} – ${words[s - 1] ?? ''}`}
            className="phone-eval-score"
            data-testid={`phone-eval-score-${s}`}
            disabled={disabled}
            onClick={() => onScore(s)}
          >
            <span className="phone-eval-number">{s}</span>
            <span className="phone-eval-word">{breakable(words[s - 1] ?? '')}</span>
          </button>
        ))}
      </div>
    </div>
  );
}
