import { lazyPart } from '../../common/lazy/lazyPart';

/*
 * The negotiating and acting rooms come late in a point, so their code is not in the
 * projector's first load: it arrives in idle time after the first screen (long before a
 * meeting gets there), or at once on a projector opened mid-meeting in one of them.
 */
export const LazyNegotiatingContent = lazyPart(() =>
  import('./NegotiatingContent').then((m) => m.NegotiatingContent),
);

export const LazyActingContent = lazyPart(() =>
  import('./ActingContent').then((m) => m.ActingContent),
);
