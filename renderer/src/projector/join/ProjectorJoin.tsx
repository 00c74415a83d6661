import './projectorJoin.css';
import { QrCode } from '../../console/join/QrCode';
import { useTranslation } from '../../i18n/i18n';
import { breakableUrl } from './breakableUrl';

/**
 * While joining is open and the facilitator asks for it (projector/lazyViews.tsx): the QR code,
 * the short address and the code, large enough to scan and read from the back of the room. It
 * covers the view under it; the blank sheet still covers it.
 */
export function ProjectorJoin({ join }: { join: { url: string; code: string } }) {
  const { t } = useTranslation();
  const shortUrl = join.url.replace(/^https?:\/\//, '').replace(/\?.*$/, '');
  return (
    <section
      className="projector projector-join"
      data-testid="projector-join"
      aria-labelledby="projector-join-heading"
    >
      <QrCode
        className="projector-join-qr"
        text={join.url}
        label={t('join.qrLabel', { url: join.url })}
      />
      <div className="projector-join-text">
        <h1 id="projector-join-heading" className="projector-join-heading">
          {t('join.projector.heading')}
        </h1>
        <p className="projector-join-step">{t('join.projector.scan')}</p>
        <p className="projector-join-step">{t('join.projector.orOpen')}</p>
        <p className="projector-join-url" data-testid="projector-join-url">
          {breakableUrl(shortUrl)}
        </p>
        <p className="projector-join-step">{t('join.projector.code')}</p>
        <p className="projector-join-code" data-testid="projector-join-code">
          {join.code}
        </p>
      </div>
    </section>
  );
}
