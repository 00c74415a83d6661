import { PageIndicator } from './PageIndicator';

/** A view's page line, at the foot of its area; takes no room while everything fits. */
export function PageBar({ page, pages }: { page: number; pages: number }) {
  if (pages <= 1) return null;
  return (
    <p className="pr-pagebar">
      <PageIndicator page={page} pages={pages} />
    </p>
  );
}
