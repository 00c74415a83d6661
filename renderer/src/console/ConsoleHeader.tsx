import { memo } from 'react';
import { ErrorAlert } from './ErrorAlert';
import { OpenNotices } from './topbar/OpenNotices';
import { TopBar } from './topbar/TopBar';

/**
 * Stays in view while the page scrolls, so an error is seen where the click was made. No props:
 * its parts follow the host themselves, so a change in the workshop does not render it again.
 */
export const ConsoleHeader = memo(function ConsoleHeader() {
  return (
    <div className="console-header">
      <TopBar />
      <ErrorAlert />
      <OpenNotices />
    </div>
  );
});
