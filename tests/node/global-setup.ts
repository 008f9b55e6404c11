/**
 * Builds the add-in once before the Node project's tests: the browser and LibreOffice tests start
 * `wrangler dev`, which serves addin/dist-dev (addin/dist and the preview host). Building inside each test
 * file raced: one file's build emptied the assets while another file's Worker was serving them.
 */
import { execFileSync } from 'node:child_process';

export default function setup(): void {
  execFileSync(process.execPath, ['scripts/build-addin.mjs'], { stdio: 'pipe' });
}
