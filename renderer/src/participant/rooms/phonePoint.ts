import type { PhoneView } from '../../../../shared/phones/contract';

/** The point a phone sees; set whenever a room view is shown. */
export type PhonePoint = NonNullable<PhoneView['point']>;
