import { useMemo, type CSSProperties } from 'react';
import { SECTORS, type Sector } from '../../../../shared/model/sectorIds';
import type { AgendaPoint, Workshop } from '../../../../shared/model/workshop';
import { useTranslation } from '../../i18n/i18n';
import { IdeaWall } from './IdeaWall';
import type { People } from './people';
import { TurnStrip } from './TurnStrip';
import { SECTOR_COLOURS, tagColours, type WallColouring } from './wallColours';

interface Props {
  point: AgendaPoint;
  workshop: Workshop;
  people: People;
  colouring: WallColouring;
}

/** Ideas in turn: who has the word and who is next, above the growing wall. */
export function DevelopingContent({ point, workshop, people, colouring }: Props) {
  const { t } = useTranslation();
  const ideas = useMemo(
    () => workshop.ideas.filter((i) => i.pointId === point.id),
    [workshop.ideas, point.id],
  );
  const colours = useMemo(
    () => tagColours(workshop.participants, colouring),
    [workshop.participants, colouring],
  );
  // The legend names the sectors on the wall, so the colours are explained in words.
  const sectors = useMemo(() => {
    const seen = new Set<Sector | undefined>(
      ideas.map((i) => (i.authorId ? people.get(i.authorId)?.sector : undefined)),
    );
    return SECTORS.filter((s) => seen.has(s));
  }, [ideas, people]);
  const sectorLabel = (id: string) => {
    const sector = people.get(id)?.sector;
    return sector ? t(`projectorRooms.sectors.${sector}`) : '';
  };

  return (
    <div className="pr-developing">
      {point.turns ? <TurnStrip turns={point.turns} people={people} /> : null}
      <IdeaWall
        viewKey={`room:${point.id}:developing`}
        ideas={ideas}
        people={people}
        colours={colours}
        sectorLabel={sectorLabel}
        legend={
          <>
            {point.turns?.mode === 'round-robin' ? (
              <span className="pr-note" data-testid="pr-turn-round">
                {t('projectorRooms.developing.round', { n: point.turns.round })}
              </span>
            ) : null}
            {colouring === 'sector' && sectors.length > 1 ? (
              <span className="pr-legend" title={t('projectorRooms.developing.legend')}>
                {sectors.map((s) => (
                  <span key={s} style={{ '--tag': SECTOR_COLOURS[s] } as CSSProperties}>
                    {t(`projectorRooms.sectors.${s}`)}
                  </span>
                ))}
              </span>
            ) : null}
          </>
        }
      />
    </div>
  );
}
