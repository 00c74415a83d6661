import { printViewQuery } from '../../shared/exporters/printViewQuery';
import type { PdfPrinter } from '../exporters/pdfPrinter';

/** The slice of an Electron BrowserWindow the printer uses (tests pass a stand-in). */
export interface PrintWindowLike {
  loadURL(url: string): Promise<void>;
  destroy(): void;
  webContents: {
    executeJavaScript(code: string): Promise<unknown>;
    printToPDF(options: {
      pageSize: 'A4';
      printBackground: boolean;
      preferCSSPageSize: boolean;
    }): Promise<Uint8Array>;
  };
}

/**
 * Electron's PDF: the print view (print.html, file URL beside the console) in a hidden window with
 * no preload, handed the workshop by the page's own `dialogrumPrintSource` function, printed with
 * `webContents.printToPDF` once the page says it is drawn.
 */
export function createElectronPrinter(options: {
  printUrl: string;
  createWindow: () => PrintWindowLike;
  timeoutMs?: number;
}): PdfPrinter {
  return {
    async print(workshop, request) {
      const window = options.createWindow();
      try {
        await window.loadURL(`${options.printUrl}?${printViewQuery(request)}&source=inject`);
        await window.webContents.executeJavaScript(
          `window.dialogrumPrintSource(${JSON.stringify(JSON.stringify(workshop))})`,
        );
        const deadline = Date.now() + (options.timeoutMs ?? 20_000);
        for (;;) {
          const ready = await window.webContents.executeJavaScript(
            'document.body.dataset.printReady',
          );
          if (ready === 'true') break;
          if (ready === 'failed') throw new Error('The print view could not draw the minutes');
          if (Date.now() > deadline) throw new Error('The print view did not finish drawing');
          await new Promise((resolve) => setTimeout(resolve, 50));
        }
        return await window.webContents.printToPDF({
          pageSize: 'A4',
          printBackground: true,
          preferCSSPageSize: true,
        });
      } finally {
        window.destroy();
      }
    },
  };
}
