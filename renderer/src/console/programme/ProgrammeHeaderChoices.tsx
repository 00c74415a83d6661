import { useId } from 'react';
import { formatDate } from '../../../../shared/i18n/formatDates';
import { currentLanguage, useTranslation } from '../../i18n/i18n';
import type { HeaderOffer } from './headerOffer';

interface Props {
  offers: readonly HeaderOffer[];
  ticked: (offer: HeaderOffer) => boolean;
  onTick: (offer: HeaderOffer, ticked: boolean) => void;
}

/**
 * The invitation's title, date and place, each with a box to tick: ticked where the workshop's
 * header is empty, not where it would replace what is there (shown beside it).
 */
export function ProgrammeHeaderChoices({ offers, ticked, onTick }: Props) {
  const { t } = useTranslation();
  const id = useId();
  const language = currentLanguage();
  const shown = (field: HeaderOffer['field'], value: string) =>
    field === 'date' ? formatDate(value, language) || value : value;
  if (offers.length === 0) return null;
  return (
    <section
      className="programme-paste-header"
      data-testid="programme-paste-header"
      aria-labelledby={`${id}-h`}
    >
      <h3 id={`${id}-h`}>{t('time.paste.header')}</h3>
      <p className="hint">{t('time.paste.headerHint')}</p>
      <ul>
        {offers.map((offer) => (
          <li key={offer.field}>
            <label>
              <input
                type="checkbox"
                data-testid={`programme-paste-header-${offer.field}`}
                checked={ticked(offer)}
                onChange={(e) => onTick(offer, e.target.checked)}
              />{' '}
              <span className="programme-paste-header-field">{t(`workshop.${offer.field}`)}:</span>{' '}
              <span data-testid={`programme-paste-header-${offer.field}-value`}>
                {shown(offer.field, offer.value)}
              </span>
              {offer.current ? (
                <span className="programme-paste-details">
                  {' '}
                  {t('time.paste.replaces', { current: shown(offer.field, offer.current) })}
                </span>
              ) : null}
            </label>
          </li>
        ))}
      </ul>
    </section>
  );
}
