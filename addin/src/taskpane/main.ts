/** Entry of the task pane bundle: find the host, then start the pane. */
import '../zod-jitless';
import { detectHost } from '../host';
import { App } from './app';

void detectHost().then((host) => {
  new App(document.getElementById('app')!, host, window.location.origin).start();
});
