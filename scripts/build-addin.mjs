// Builds the add-in's task pane into addin/dist, which the Worker serves as static assets.
import { mkdir, writeFile } from 'node:fs/promises';

await mkdir('addin/dist', { recursive: true });
await writeFile('addin/dist/index.html', '<!doctype html><meta charset="utf-8"><title>Thi đua</title>\n');
