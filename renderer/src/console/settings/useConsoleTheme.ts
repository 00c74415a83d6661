import { useEffect } from 'react';
import { useResolvedTheme } from '../../common/useSettings';

/**
 * The console follows the theme setting too: `data-theme` on <html> switches the colour tokens
 * of base.css (and with them console, rooms and dialog styles). "System" follows the system's
 * `prefers-color-scheme`, live. The projector page sets its own theme on its frame.
 */
export function useConsoleTheme(): void {
  const theme = useResolvedTheme();
  useEffect(() => {
    document.documentElement.dataset.theme = theme;
  }, [theme]);
}
