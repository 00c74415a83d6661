import { ErrorAlert } from './ErrorAlert';
import { OpenNotices } from './topbar/OpenNotices';
import { TopBar } from './topbar/TopBar';

/** Stays in view while the page scrolls, so an error is seen where the click was made. */
export function ConsoleHeader() {
  return (
    <div className="console-header">
      <TopBar />
      <ErrorAlert />
      <OpenNotices />
    </div>
  );
}
