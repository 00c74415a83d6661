import { usePhoneText } from './i18n/phoneI18n';
import type { PhoneView } from '../../../shared/phones/contract';
import { useHyphenateIn } from '../common/hyphenation/useHyphenateIn';
import { RoomIcon } from '../common/RoomIcon';
import { roomStyle } from '../common/roomStyle';
import { PhoneEvaluation } from './PhoneEvaluation';
import type { PhoneSession, PhoneSessionState } from './phoneSession';
import { ActingPhone } from './rooms/ActingPhone';
import { DevelopingPhone } from './rooms/DevelopingPhone';
import { NegotiatingPhone } from './rooms/NegotiatingPhone';

/** What the phone shows for the meeting's present state: the evaluation, or the room at work. */
export function PhoneRoom({
  view,
  state,
  session,
}: {
  view: PhoneView;
  state: PhoneSessionState;
  session: PhoneSession;
}) {
  const { t, language } = usePhoneText();
  const hy = useHyphenateIn(language);
  const point = view.point;
  const room = point?.room ?? null;
  const offline = state.reconnecting;
  const inputOff = view.locked || offline;
  return (
    <div
      className="phone-room"
      data-testid="phone-room"
      data-room={view.form ? 'evaluation' : (room ?? 'none')}
      data-locked={view.locked}
      style={room ? roomStyle(room) : undefined}
    >
      {view.locked ? (
        <p className="phone-locked" data-testid="phone-locked" role="status">
          {t('locked')}
        </p>
      ) : null}
      {view.form ? (
        <PhoneEvaluation form={view.form} session={session} disabled={inputOff} />
      ) : point ? (
        <>
          <div className="phone-point">
            {room ? (
              <p className="phone-room-name" data-testid="phone-room-name">
                <RoomIcon room={room} />
                <span>{t(`rooms.${room}.name`)}</span>
              </p>
            ) : null}
            <h2 className="phone-point-title">{hy(point.title)}</h2>
            {room ? <p className="phone-guidance">{t(`rooms.${room}.guidance`)}</p> : null}
          </div>
          {room === 'developing' ? (
            <DevelopingPhone
              point={point}
              me={view.me.id}
              queue={state.queue}
              refused={state.error}
              locked={view.locked}
              offline={offline}
              session={session}
            />
          ) : null}
          {room === 'negotiating' ? (
            <NegotiatingPhone point={point} disabled={inputOff} session={session} />
          ) : null}
          {room === 'acting' ? <ActingPhone point={point} /> : null}
          {room === 'clarifying' || room === null ? (
            <p className="phone-quiet" data-testid="phone-follow">
              {t('followScreen')}
            </p>
          ) : null}
        </>
      ) : (
        <p className="phone-quiet" data-testid="phone-waiting">
          {t('noPoint')}
        </p>
      )}
    </div>
  );
}
