import { PURPOSES, ROOM_IDS, type Purpose, type RoomId } from '../../../../shared/roomCatalogue';
import { CommitField } from '../../common/CommitField';
import { RoomIcon } from '../../common/RoomIcon';
import { useSettings, useUpdateSettings } from '../../common/useSettings';
import { useTranslation } from '../../i18n/i18n';

function wholeNumber(text: string, max: number): number | null {
  const value = Number(text.trim());
  return /^\d+$/.test(text.trim()) && value <= max ? value : null;
}

/** Defaults for new agenda items; the console passes them with agenda.add. */
export function DefaultsSettings() {
  const { t } = useTranslation();
  const settings = useSettings();
  const update = useUpdateSettings();

  function togglePlan(purpose: Purpose, room: RoomId, on: boolean): void {
    const current = settings.roomPlans[purpose];
    // The rooms in the method's order; a plan keeps at least one room.
    const next = ROOM_IDS.filter((r) => (r === room ? on : current.includes(r)));
    if (next.length === 0) return;
    void update({ roomPlans: { ...settings.roomPlans, [purpose]: next } });
  }

  return (
    <fieldset className="settings-group">
      <legend>{t('settings.defaults')}</legend>
      <div className="settings-row">
        <label className="field">
          <span className="field-label">{t('settings.defaultMinutes')}</span>
          <CommitField
            data-testid="settings-default-minutes"
            inputMode="numeric"
            required
            value={String(settings.defaultPointMinutes)}
            onCommit={(text) => {
              const value = wholeNumber(text, 24 * 60);
              return value === null
                ? Promise.resolve(false)
                : update({ defaultPointMinutes: value });
            }}
          />
        </label>
        <label className="field">
          <span className="field-label">{t('settings.dots')}</span>
          <CommitField
            data-testid="settings-dots"
            inputMode="numeric"
            required
            value={String(settings.dotsPerPerson)}
            onCommit={(text) => {
              const value = wholeNumber(text, 50);
              return value === null ? Promise.resolve(false) : update({ dotsPerPerson: value });
            }}
          />
        </label>
      </div>
      <p className="settings-hint">{t('settings.roomPlanHint')}</p>
      {PURPOSES.map((purpose) => (
        <div
          key={purpose}
          className="settings-plan"
          role="group"
          aria-label={t('settings.roomPlan', { purpose: t(`purposes.${purpose}`) })}
        >
          <span className="settings-plan-purpose">{t(`purposes.${purpose}`)}</span>
          {ROOM_IDS.map((room) => {
            const on = settings.roomPlans[purpose].includes(room);
            return (
              <label key={room} className={on ? 'settings-plan-room is-on' : 'settings-plan-room'}>
                <input
                  type="checkbox"
                  data-testid={`settings-plan-${purpose}-${room}`}
                  checked={on}
                  onChange={(e) => togglePlan(purpose, room, e.target.checked)}
                />
                <RoomIcon room={room} size="1.1em" />
                <span>{t(`rooms.${room}.short`)}</span>
              </label>
            );
          })}
        </div>
      ))}
    </fieldset>
  );
}
