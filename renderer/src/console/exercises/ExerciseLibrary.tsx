import { nanoid } from 'nanoid';
import { useState } from 'react';
import { savedToCommand, templateToCommand } from '../../../../shared/exercises/library';
import { EXERCISE_TEMPLATES } from '../../../../shared/exercises/templates';
import { useSend } from '../../common/hostContext';
import { currentLanguage, useTranslation } from '../../i18n/i18n';
import { useSavedExercises } from './savedExercises';

/** Put an exercise on the point: a template of the method, or one saved earlier. */
export function ExerciseLibrary({ pointId }: { pointId: string }) {
  const { t } = useTranslation();
  const send = useSend();
  const language = currentLanguage();
  const [choice, setChoice] = useState(`template:${EXERCISE_TEMPLATES[0]!.id}`);
  const saved = useSavedExercises().list;
  const template = EXERCISE_TEMPLATES.find((x) => `template:${x.id}` === choice);

  function add(): void {
    if (template) {
      void send(templateToCommand(template, language, pointId, nanoid));
      return;
    }
    const mine = saved.find((s) => `saved:${s.id}` === choice);
    if (mine) void send(savedToCommand(mine, pointId, nanoid));
  }

  return (
    <div className="exercise-library">
      <label className="field field-grow">
        <span className="field-label">{t('time.exercise.library')}</span>
        <select
          data-testid="exercise-library"
          value={choice}
          onChange={(e) => setChoice(e.target.value)}
        >
          <optgroup label={t('time.exercise.templates')}>
            {EXERCISE_TEMPLATES.map((x) => (
              <option key={x.id} value={`template:${x.id}`}>
                {x.name[language]}
              </option>
            ))}
          </optgroup>
          {saved.length > 0 ? (
            <optgroup label={t('time.exercise.saved')}>
              {saved.map((s) => (
                <option key={s.id} value={`saved:${s.id}`}>
                  {s.title}
                </option>
              ))}
            </optgroup>
          ) : null}
        </select>
      </label>
      {template ? <p className="hint">{template.summary[language]}</p> : null}
      <button type="button" className="button" data-testid="exercise-add" onClick={add}>
        {t('time.exercise.add')}
      </button>
    </div>
  );
}
