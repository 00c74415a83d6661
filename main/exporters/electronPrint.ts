import type { ExportRequest } from '../../shared/exporters/exportRequest';
import type { Workshop } from '../../shared/model/workshop';

/** The slice of an Electron BrowserWindow the printer uses (no `electron` import outside the shell). */
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
}) {
  return async (workshop: Workshop, request: ExportRequest): Promise<Uint8Array> => {
    const window = options.createWindow();
    try {
      const query = `lang=${request.language}${request.perOrganisation ? '&org=1' : ''}&source=inject`;
      await window.loadURL(`${options.printUrl}?${query}`);
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
  };
}
