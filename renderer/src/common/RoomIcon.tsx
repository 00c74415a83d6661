import type { ReactElement } from 'react';
import { ROOMS, type RoomId, type RoomInfo } from '../../../shared/roomCatalogue';

type IconId = RoomInfo['icon'];

/** Drawn in currentColor on a 48-unit grid with round strokes, so they read at any size. */
const shapes: Record<IconId, ReactElement> = {
  question: (
    <>
      <circle cx="24" cy="24" r="20" />
      <path d="M18 18.5a6 6 0 1 1 8.6 5.4c-1.7.8-2.6 2.2-2.6 4v1.6" />
      <circle cx="24" cy="35.5" r="2.4" fill="currentColor" stroke="none" />
    </>
  ),
  bulb: (
    <>
      <path d="M17.5 31.5C14 29 12 25 12 20.5a12 12 0 0 1 24 0c0 4.5-2 8.5-5.5 11v3.5h-13z" />
      <path d="M18.5 40h11" />
      <path d="M21 44.5h6" />
      <path d="M24 35v-8l-3.5-3.5M24 27l3.5-3.5" />
    </>
  ),
  scales: (
    <>
      <path d="M24 6v34" />
      <path d="M15 42h18" />
      <path d="M8 13h32" />
      <path d="M8 13l-5.5 13h11z" />
      <path d="M2.5 26a5.5 5.5 0 0 0 11 0" />
      <path d="M40 13l-5.5 13h11z" />
      <path d="M34.5 26a5.5 5.5 0 0 0 11 0" />
    </>
  ),
  arrow: (
    <>
      <path d="M6 24h34" />
      <path d="M27 11l13 13-13 13" />
    </>
  ),
};

interface RoomIconProps {
  room: RoomId;
  /** CSS size, e.g. '1.5em' or '20vh'. */
  size?: string;
  /** Decorative by default: the room name is always written beside it. */
  title?: string;
  className?: string;
}

export function RoomIcon({ room, size = '1em', title, className }: RoomIconProps) {
  return (
    <svg
      className={className}
      viewBox="0 0 48 48"
      width={size}
      height={size}
      fill="none"
      stroke="currentColor"
      strokeWidth="3.5"
      strokeLinecap="round"
      strokeLinejoin="round"
      role={title ? 'img' : undefined}
      aria-hidden={title ? undefined : true}
      aria-label={title}
      data-icon={ROOMS[room].icon}
    >
      {shapes[ROOMS[room].icon]}
    </svg>
  );
}
