import { lazyPart } from '../../common/lazy/lazyPart';

/*
 * The room tools show only while a point runs, so their code is not in the console's first
 * load: it loads at once when a point is running (a console reopened mid-meeting), and in idle
 * time otherwise. While it loads, a quiet empty panel holds its place (console.css), so the
 * page below moves as little as possible when the tools arrive. RunPanel renders it only while
 * a point runs, so no code is fetched for a console between points until idle time.
 */
export const LazyRoomWorkspace = lazyPart(
  () => import('../rooms/RoomWorkspace').then((m) => m.RoomWorkspace),
  <section className="panel rw-workspace-placeholder" aria-busy="true" />,
);
