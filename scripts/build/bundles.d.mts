/** Types of bundles.mjs (the add-in build's bundle options and report), for the TypeScript test that imports it. */
import type { BuildOptions, Metafile } from 'esbuild';

export const PANE_ENTRY: string;
export const PREVIEW_ENTRY: string;
export const BROWSER: BuildOptions & { metafile: true };
export function isPreviewInput(path: string): boolean;
export function previewInputs(metafile: Metafile): string[];
export function origin(path: string): string;

export interface Share {
  path: string;
  bytes: number;
}

export interface BundleReport {
  output: string;
  minified: number;
  gzipped: number;
  files: Share[];
  origins: Share[];
}

export function bundleReport(
  metafile: Metafile,
  output: string,
  bytes: Uint8Array,
  top?: number,
): BundleReport;
