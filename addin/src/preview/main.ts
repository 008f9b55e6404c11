/**
 * Entry of the preview page: installs the in-browser workbook as the page's `Excel` (so host detection says
 * "preview"), draws it beside the real task pane, and starts the pane. No Office.js is loaded.
 */
import '../zod-jitless';
import { detectHost } from '../host';
import { App } from '../taskpane/app';
import { mountGrid } from './grid-view';
import { PreviewWorkbook } from './workbook';

const book = new PreviewWorkbook();
(globalThis as { Excel?: unknown }).Excel = { run: book.run, isSetSupported: book.strict.supports };
// Reachable from the browser console and the end-to-end test.
(globalThis as { previewWorkbook?: PreviewWorkbook }).previewWorkbook = book;

const view = mountGrid(document.getElementById('preview-workbook')!, book);
book.onChange(view.render);

void detectHost().then((host) => {
  document.body.dataset.host = host.kind;
  new App(document.getElementById('app')!, host, window.location.origin).start();
});
