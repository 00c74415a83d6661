import type { DialogrumBridge } from '../../shared/api';

declare global {
  interface Window {
    /** Exposed by the Electron preload; absent in browser mode. */
    dialogrum?: DialogrumBridge;
  }
}

export {};
