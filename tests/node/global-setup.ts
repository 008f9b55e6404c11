/**
 * Builds the add-in once before the Node project's tests: the browser and LibreOffice tests start
 * `wrangler dev`, which serves addin/dist. Building inside each test file raced: one file's build emptied
 * addin/dist while another file's Worker was serving it.
 */
import { execFileSync } from 'node:child_process';

export default function setup(): void {
  execFileSync(process.execPath, ['scripts/build-addin.mjs'], { stdio: 'pipe' });
}
