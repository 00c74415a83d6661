import { SECTORS, type Sector } from '../../../../shared/model/sectorIds';
import { useTranslation } from '../../i18n/i18n';

interface Props {
  value: Sector;
  onChange: (sector: Sector) => void;
  testId: string;
  label: string;
  className?: string;
}

/** The sector a person works in: it tags their ideas, because the method works across sectors. */
export function SectorSelect({ value, onChange, testId, label, className }: Props) {
  const { t } = useTranslation();
  return (
    <select
      className={className}
      data-testid={testId}
      aria-label={label}
      value={value}
      onChange={(e) => onChange(e.target.value as Sector)}
    >
      {SECTORS.map((s) => (
        <option key={s} value={s}>
          {t(`roomsWork.sectors.${s}`)}
        </option>
      ))}
    </select>
  );
}
