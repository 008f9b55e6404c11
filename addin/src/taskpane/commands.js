// The ribbon's function file: the button only opens the task pane, so nothing else runs here. A file of its
// own, not an inline script: the pages' CSP allows no inline script (decision 0029).
Office.onReady(() => {});
