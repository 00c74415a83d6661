import { useEffect, useRef, useState, type FormEvent, type KeyboardEvent } from 'react';
import { usePhoneText } from '../i18n/phoneI18n';
import type { PhoneSessionState } from '../phoneSession';
import { IDEA_MAX } from '../../../../shared/model/textLimits';

/**
 * Write an idea; Enter sends (Shift+Enter for a new line). A refused idea's text comes back
 * into the empty box, so nothing typed is lost when it was not your turn.
 */
export function IdeaBox({
  disabled,
  waiting,
  refused,
  onSend,
}: {
  disabled: boolean;
  /** Not your turn: the box still takes text, and says to wait. */
  waiting: boolean;
  refused: PhoneSessionState['error'];
  onSend: (text: string) => void;
}) {
  const { t } = usePhoneText();
  const [draft, setDraft] = useState('');
  const restored = useRef(0);

  useEffect(() => {
    if (!refused?.text || refused.seq === restored.current) return;
    restored.current = refused.seq;
    const text = refused.text;
    setDraft((current) => (current.trim() ? current : text));
  }, [refused]);

  function submit(e?: FormEvent) {
    e?.preventDefault();
    const text = draft.trim();
    if (!text || disabled) return;
    onSend(text);
    setDraft('');
  }

  function onKeyDown(e: KeyboardEvent<HTMLTextAreaElement>) {
    if (e.key === 'Enter' && !e.shiftKey && !e.nativeEvent.isComposing) {
      e.preventDefault();
      submit();
    }
  }

  return (
    <form className="phone-idea-box" onSubmit={submit}>
      <label className="phone-label" htmlFor="phone-idea">
        {t('ideas.label')}
      </label>
      <textarea
        id="phone-idea"
        className="phone-textarea"
        data-testid="phone-idea-input"
        rows={3}
        maxLength={IDEA_MAX}
        enterKeyHint="send"
        value={draft}
        placeholder={waiting ? t('ideas.waitPlaceholder') : t('ideas.placeholder')}
        onChange={(e) => setDraft(e.target.value)}
        onKeyDown={onKeyDown}
      />
      <button
        type="submit"
        className="phone-button phone-button-primary"
        data-testid="phone-idea-send"
        disabled={disabled || !draft.trim()}
      >
        {t('ideas.send')}
      </button>
    </form>
  );
}
