import { ROOM_IDS } from '../../../../shared/roomCatalogue';
import { RoomIcon } from '../../common/RoomIcon';
import { roomStyle } from '../../common/roomStyle';
import { useTranslation } from '../../i18n/i18n';
import { Modal } from '../settings/Modal';

/** One page on the four rooms, for a facilitator trying Dialogrum for the first time. */
export function GuideDialog({ onClose }: { onClose: () => void }) {
  const { t } = useTranslation();
  return (
    <Modal
      title={t('guide.title')}
      closeLabel={t('guide.close')}
      testId="guide"
      onClose={onClose}
      wide
    >
      <p className="guide-intro">{t('guide.intro')}</p>
      <ol className="guide-rooms">
        {ROOM_IDS.map((room) => (
          <li key={room} className="guide-room" style={roomStyle(room)} data-room={room}>
            <span className="guide-room-icon">
              <RoomIcon room={room} size="2.2rem" />
            </span>
            <div>
              <h3>{t(`rooms.${room}.name`)}</h3>
              <p>{t(`guide.${room}`)}</p>
            </div>
          </li>
        ))}
      </ol>
      <p className="guide-howto">{t('guide.howTo')}</p>
    </Modal>
  );
}
