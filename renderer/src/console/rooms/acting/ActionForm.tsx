import { nanoid } from 'nanoid';
import { useRef, type FormEvent, type KeyboardEvent } from 'react';
import type { Workshop } from '../../../../../shared/model/workshop';
import { useSend } from '../../../common/hostContext';
import { useTranslation } from '../../../i18n/i18n';
import type { People } from '../common/people';
import { draftKey, useStoredDraft } from '../common/storedDraft';
import {
  actionFromDraft,
  EMPTY_ACTION,
  isEmptyAction,
  organisationAfterOwners,
  parseActionDraft,
  type ActionDraft,
} from '../logic/actionDraft';
import { organisations } from '../logic/colours';
import { OwnerPicker } from './OwnerPicker';
import {
  ACTION_FOLLOW_UP_MAX,
  ACTION_WHAT_MAX,
  ORGANISATION_MAX,
} from '../../../../../shared/model/textLimits';

/** Type what, Enter; then who, when, follow-up; Enter or Ctrl+Enter adds the action. */
export function ActionForm({
  workshop,
  pointId,
  people,
}: {
  workshop: Workshop;
  pointId: string;
  people: People;
}) {
  const { t } = useTranslation();
  const send = useSend();
  const stored = useStoredDraft(
    draftKey('action', workshop.id, pointId),
    EMPTY_ACTION,
    isEmptyAction,
    parseActionDraft,
  );
  const { draft, setDraft } = stored;
  const form = useRef<HTMLFormElement | null>(null);
  const whatRef = useRef<HTMLInputElement | null>(null);
  const set = (changes: Partial<ActionDraft>) => setDraft((d) => ({ ...d, ...changes }));

  async function add(e?: FormEvent<HTMLFormElement>): Promise<void> {
    e?.preventDefault();
    const action = actionFromDraft(draft, nanoid(), pointId);
    if (!action) return;
    if (await send({ type: 'action.add', action })) {
      setDraft(EMPTY_ACTION);
      whatRef.current?.focus();
    }
  }

  function onWhatKey(e: KeyboardEvent<HTMLInputElement>): void {
    if (e.key !== 'Enter' || e.ctrlKey || e.metaKey || !draft.what.trim()) return;
    // Enter moves on to "who"; the action is added from there (or with Ctrl+Enter).
    e.preventDefault();
    form.current?.querySelector<HTMLElement>('[data-testid="rw-action-owner"]')?.focus();
  }

  return (
    <form
      ref={form}
      className="rw-action-form"
      onSubmit={(e) => void add(e)}
      onKeyDown={(e) => {
        if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) {
          e.preventDefault();
          void add();
        }
      }}
    >
      <label className="field rw-action-what-field">
        <span className="field-label">{t('roomsWork.actions.what')}</span>
        <input
          ref={whatRef}
          data-testid="rw-action-what"
          value={draft.what}
          maxLength={ACTION_WHAT_MAX}
          placeholder={t('roomsWork.actions.whatPlaceholder')}
          onChange={(e) => set({ what: e.target.value })}
          onKeyDown={onWhatKey}
        />
      </label>
      <div className="field">
        <span className="field-label" id="rw-action-who-label">
          {t('roomsWork.actions.who')}
        </span>
        <OwnerPicker
          ownerIds={draft.ownerIds}
          participants={workshop.participants}
          people={people}
          onChange={(ownerIds) =>
            // The organisation follows the owner chosen until it is typed in by hand.
            setDraft((d) => ({
              ...d,
              ownerIds,
              organisation: organisationAfterOwners(d.organisation, d.ownerIds, ownerIds, people),
            }))
          }
          testId="rw-action-owner"
          label={t('roomsWork.actions.addOwner')}
        />
      </div>
      <label className="field">
        <span className="field-label">{t('roomsWork.actions.organisation')}</span>
        <input
          data-testid="rw-action-org"
          list="rw-organisations"
          value={draft.organisation}
          maxLength={ORGANISATION_MAX}
          onChange={(e) => set({ organisation: e.target.value })}
        />
        <datalist id="rw-organisations">
          {organisations(workshop.participants).map((o) => (
            <option key={o} value={o} />
          ))}
        </datalist>
      </label>
      <div className="field">
        <span className="field-label">{t('roomsWork.actions.when')}</span>
        <span className="rw-when">
          {draft.nextMeeting ? null : (
            <input
              type="date"
              data-testid="rw-action-due"
              value={draft.date}
              aria-label={t('roomsWork.actions.dueDate')}
              onChange={(e) => set({ date: e.target.value })}
            />
          )}
          <label className="rw-check">
            <input
              type="checkbox"
              data-testid="rw-action-next-meeting"
              checked={draft.nextMeeting}
              onChange={(e) => set({ nextMeeting: e.target.checked })}
            />
            {t('roomsWork.actions.nextMeeting')}
          </label>
        </span>
      </div>
      <label className="field rw-grow">
        <span className="field-label">{t('roomsWork.actions.followUp')}</span>
        <input
          data-testid="rw-action-followup"
          value={draft.followUp}
          maxLength={ACTION_FOLLOW_UP_MAX}
          placeholder={t('roomsWork.actions.followUpPlaceholder')}
          onChange={(e) => set({ followUp: e.target.value })}
        />
      </label>
      <div className="field">
        <span className="field-label">{t('roomsWork.actions.trial')}</span>
        <span className="rw-when">
          <label className="rw-check">
            <input
              type="checkbox"
              data-testid="rw-action-trial"
              checked={draft.trial}
              onChange={(e) => set({ trial: e.target.checked })}
            />
            {t('roomsWork.actions.isTrial')}
          </label>
          {draft.trial ? (
            <input
              type="date"
              data-testid="rw-action-eval-date"
              value={draft.evaluationDate}
              aria-label={t('roomsWork.actions.evaluationDate')}
              onChange={(e) => set({ evaluationDate: e.target.value })}
            />
          ) : null}
        </span>
      </div>
      {stored.restored ? (
        <p className="hint draft-restored" role="status" data-testid="rw-action-draft-restored">
          {t('roomsWork.draftRestored')}
        </p>
      ) : null}
      <button
        type="submit"
        className="button button-primary"
        data-testid="rw-action-add"
        disabled={!draft.what.trim()}
      >
        {t('roomsWork.actions.add')}
      </button>
    </form>
  );
}
