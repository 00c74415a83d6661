import { useEffect, useLayoutEffect, useState, useSyncExternalStore } from 'react';
import { useIsFacilitator } from '../../common/roleContext';
import { useSettings, useUpdateSettings } from '../../common/useSettings';
import { enterPaging, pagingOwner, subscribePaging } from './projectorPaging';

export interface PageOptions {
  /** Stacking layer (projectorPaging.LAYERS). */
  layer: number;
  /**
   * Where a view opens: its first page; its last, for a wall that grows at the end, which
   * then follows the newest page while it is on it; or a page of its choosing (the programme
   * opens on the page that holds the next point).
   */
  start: 'first' | 'last' | number;
  /**
   * False while the view has not been fitted yet: it then writes nothing, so a page of its
   * choosing is not overwritten by the page it had before it knew its pages.
   */
  ready?: boolean;
}

export interface PageState {
  /** 0-based. */
  page: number;
  pages: number;
}

/**
 * The page this view shows. The page lives in the host's settings (`projectorPage`), so the
 * console and the clicker on either window can turn it; the view on top of the projector writes
 * back how many pages it has whenever that changes.
 */
export function useProjectorPage(view: string, pages: number, options: PageOptions): PageState {
  const { layer, start, ready = true } = options;
  const [id] = useState(() => Symbol(view));
  useLayoutEffect(() => enterPaging(id, layer), [id, layer]);
  const isOwner = useSyncExternalStore(subscribePaging, () => pagingOwner() === id);
  const stored = useSettings().projectorPage;
  const update = useUpdateSettings();
  // A projector PC on the network (issue 16) follows the facilitator's page and writes nothing:
  // settings are the facilitator's, and their own projector reports the count.
  const reports = useIsFacilitator();

  const count = Math.max(1, pages);
  let page: number;
  const opening = start === 'last' ? count - 1 : start === 'first' ? 0 : start;
  if (stored.view !== view) page = Math.min(Math.max(opening, 0), count - 1);
  else if (start === 'last' && stored.page >= stored.pages - 1) page = count - 1;
  else page = Math.min(stored.page, count - 1);

  useEffect(() => {
    if (!reports || !isOwner || !ready) return;
    if (stored.view === view && stored.page === page && stored.pages === count) return;
    void update({ projectorPage: { view, page, pages: count } });
  }, [reports, isOwner, ready, stored, view, page, count, update]);

  // A covered view shows no page line: the room sees (and the clicker turns) only the top one's.
  return { page, pages: isOwner ? count : 1 };
}
