/**
 * Where the projector window goes and when it is full screen ("presenting"). On a laptop with a
 * projector attached it presents on the second display; alone, it is an ordinary window until the
 * facilitator presses F5. Structural types, so the tests drive it with fakes.
 */

export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface DisplayLike {
  readonly id: number;
  readonly bounds: Rect;
  readonly workArea: Rect;
}

export interface ScreenLike {
  getAllDisplays(): DisplayLike[];
  getPrimaryDisplay(): DisplayLike;
  getDisplayMatching(rect: Rect): DisplayLike;
}

export interface PresentableWindow {
  isDestroyed(): boolean;
  isFullScreen(): boolean;
  setFullScreen(flag: boolean): void;
  getBounds(): Rect;
  setBounds(bounds: Rect): void;
  isVisible(): boolean;
  show(): void;
  showInactive(): void;
  focus(): void;
}

/** The display that is not the primary one, if any: where a projector shows up. */
export function externalDisplay(screen: ScreenLike): DisplayLike | null {
  const primary = screen.getPrimaryDisplay();
  return screen.getAllDisplays().find((display) => display.id !== primary.id) ?? null;
}

/** An ordinary 16:9 window, centred in the display's work area and never larger than it. */
export function ordinaryBounds(display: DisplayLike): Rect {
  const area = display.workArea;
  const width = Math.min(1024, Math.round(area.width * 0.8));
  const height = Math.min(Math.round((width * 9) / 16), area.height);
  return {
    x: area.x + Math.round((area.width - width) / 2),
    y: area.y + Math.round((area.height - height) / 2),
    width,
    height,
  };
}

export interface ProjectorPlacement {
  bounds: Rect;
  fullScreen: boolean;
}

/** What the shell remembers between runs (main/electron/windowState.ts), read at call time. */
export interface ProjectorMemory {
  /** The display the facilitator last presented on, when it is connected. */
  display(): DisplayLike | null;
  remember(display: DisplayLike): void;
  /** The projector's own bounds as an ordinary window, when a connected display shows them. */
  ordinaryBounds(): Rect | null;
}

const NO_MEMORY: ProjectorMemory = {
  display: () => null,
  remember: () => undefined,
  ordinaryBounds: () => null,
};

/**
 * Where to present: the remembered display if it is connected and not the laptop's own, else the
 * first display that is not the primary one, else none.
 */
export function presentationDisplay(
  screen: ScreenLike,
  remembered: DisplayLike | null,
): DisplayLike | null {
  if (remembered && remembered.id !== screen.getPrimaryDisplay().id) return remembered;
  return externalDisplay(screen);
}

export function projectorPlacement(
  screen: ScreenLike,
  memory: ProjectorMemory = NO_MEMORY,
): ProjectorPlacement {
  const target = presentationDisplay(screen, memory.display());
  if (target) return { bounds: { ...target.bounds }, fullScreen: true };
  return {
    bounds: memory.ordinaryBounds() ?? ordinaryBounds(screen.getPrimaryDisplay()),
    fullScreen: false,
  };
}

export interface ProjectorController {
  /** Follow the displays: present on a second display, or come back as an ordinary window. */
  place(): void;
  /** F5: start or stop presenting. */
  togglePresenting(): void;
  /** Esc in one of our windows; true when it left a full screen (the key is then consumed). */
  escape(from: 'console' | 'projector'): boolean;
}

export function createProjectorController(options: {
  projector: PresentableWindow;
  console: PresentableWindow;
  screen: ScreenLike;
  memory?: ProjectorMemory;
}): ProjectorController {
  const { projector, console: consoleWindow, screen } = options;
  const memory = options.memory ?? NO_MEMORY;
  const alive = (): boolean => !projector.isDestroyed();

  const moveTo = (placement: ProjectorPlacement): void => {
    // A full-screen window has to leave full screen before it can change display.
    if (projector.isFullScreen()) projector.setFullScreen(false);
    projector.setBounds(placement.bounds);
    if (placement.fullScreen) projector.setFullScreen(true);
  };

  const sharesDisplayWithConsole = (): boolean =>
    consoleWindow.isDestroyed() ||
    screen.getDisplayMatching(projector.getBounds()).id ===
      screen.getDisplayMatching(consoleWindow.getBounds()).id;

  const stopPresenting = (): void => {
    projector.setFullScreen(false);
    if (!consoleWindow.isDestroyed()) consoleWindow.focus();
  };

  const startPresenting = (): void => {
    if (!projector.isVisible()) projector.showInactive();
    // The facilitator's choice of display: the projector window dragged onto a display that is
    // not the laptop's presents there, and that display is remembered for next time.
    const here = screen.getDisplayMatching(projector.getBounds());
    const target =
      here.id !== screen.getPrimaryDisplay().id
        ? here
        : presentationDisplay(screen, memory.display());
    if (target) {
      memory.remember(target);
      moveTo({ bounds: { ...target.bounds }, fullScreen: true });
      return;
    }
    projector.setFullScreen(true);
    // Alone on the laptop screen the projector covers the console: give it the keyboard so Esc
    // reaches a window the facilitator can see.
    projector.focus();
  };

  return {
    place() {
      if (!alive()) return;
      moveTo(projectorPlacement(screen, memory));
    },
    togglePresenting() {
      if (!alive()) return;
      if (projector.isFullScreen()) stopPresenting();
      else startPresenting();
    },
    escape(from) {
      if (!alive()) return false;
      const source = from === 'projector' ? projector : consoleWindow;
      if (source.isFullScreen()) {
        source.setFullScreen(false);
        if (source === projector && !consoleWindow.isDestroyed()) consoleWindow.focus();
        return true;
      }
      // The console's own Esc (closing a dialog) is left alone, unless the projector covers it.
      if (projector.isFullScreen() && sharesDisplayWithConsole()) {
        stopPresenting();
        return true;
      }
      return false;
    },
  };
}
