import type { ReactNode } from 'react';

/**
 * A part of the console a team device sees but may not change (issue 16): every field and
 * button inside is disabled by the one fieldset, and the box itself takes no room of its own.
 */
export function ReadOnlyUnless({ may, children }: { may: boolean; children: ReactNode }) {
  if (may) return children;
  return (
    <fieldset className="role-read-only" disabled data-testid="role-read-only">
      {children}
    </fieldset>
  );
}
