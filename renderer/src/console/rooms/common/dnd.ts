/** What can be dragged between the room tools (react-dnd item types). */
export const DND_IDEA = 'rw-idea';
export const DND_CLUSTER = 'rw-cluster';

export interface IdeaDragItem {
  kind: 'idea';
  id: string;
  text: string;
}

export interface ClusterDragItem {
  kind: 'cluster';
  id: string;
  text: string;
}

export type SourceDragItem = IdeaDragItem | ClusterDragItem;
