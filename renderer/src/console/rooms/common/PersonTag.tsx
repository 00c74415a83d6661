import type { Participant } from '../../../../../shared/model/workshop';
import { useTranslation } from '../../../i18n/i18n';
import { NO_AUTHOR_COLOUR } from '../logic/colours';

/** A person's name with their organisation as a small coloured tag (the text says it too). */
export function PersonTag({
  person,
  colour,
}: {
  person: Participant | undefined;
  colour?: string;
}) {
  const { t } = useTranslation();
  if (!person) return <span className="rw-person is-unknown">{t('roomsWork.unknown')}</span>;
  const org = person.organisation || t(`roomsWork.sectors.${person.sector}`);
  return (
    <span className="rw-person">
      <span className="rw-person-name">{person.name}</span>
      <span
        className="rw-org-tag"
        style={{ background: colour ?? NO_AUTHOR_COLOUR }}
        title={t(`roomsWork.sectors.${person.sector}`)}
      >
        {org}
      </span>
    </span>
  );
}
