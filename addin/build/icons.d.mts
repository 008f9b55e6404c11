/** Types of icons.mjs (the build's icon drawer), for the TypeScript tests that import it. */
export function encodePng(size: number, rgba: Buffer): Buffer;
export function iconPng(size: number): Buffer;
