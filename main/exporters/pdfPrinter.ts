import type { PrintViewRequest } from '../../shared/exporters/printViewQuery';
import type { Workshop } from '../../shared/model/workshop';

/**
 * A PDF is the print view (renderer/print.html) printed: by a headless Chromium
 * (main/exporters/chromiumPrinter.ts: the command line, browser mode) or by Electron's
 * printToPDF (main/electron/electronPrinter.ts). The export service asks one of them.
 */
export interface PdfPrinter {
  /** The print view of `workshop` drawn as `request` asks, printed: the PDF's bytes. */
  print(workshop: Workshop, request: PrintViewRequest): Promise<Uint8Array>;
}

/** A printer that could not print; `unavailable` when there is nothing to print with (no Chromium). */
export class PdfPrintError extends Error {
  readonly unavailable: boolean;
  constructor(message: string, options: { unavailable?: boolean } = {}) {
    super(message);
    this.name = 'PdfPrintError';
    this.unavailable = options.unavailable ?? false;
  }
}
