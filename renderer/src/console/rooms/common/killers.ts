import { useMemo } from 'react';
import { IDEA_KILLERS, type IdeaKiller } from '../../../../../shared/ideaKillers/catalogue';
import { compileCatalogue, type CompiledKiller } from '../../../../../shared/ideaKillers/matcher';
import { useSettings } from '../../../common/useSettings';

export interface Killers {
  /** The method's seven, then the facilitator's own (ids from 8), as set in the settings. */
  list: readonly IdeaKiller[];
  compiled: CompiledKiller[];
}

/** The idea killers in use: the catalogue plus the user's own, compiled once per change. */
export function useKillers(): Killers {
  const { customKillers } = useSettings();
  return useMemo(() => {
    const own = customKillers.filter((k) => k.da || k.en);
    const list: IdeaKiller[] = [
      ...IDEA_KILLERS,
      ...own.map((k) => ({
        id: k.id,
        da: k.da || k.en,
        en: k.en || k.da,
        signatures: k.signatures,
      })),
    ];
    return { list, compiled: compileCatalogue(list) };
  }, [customKillers]);
}
