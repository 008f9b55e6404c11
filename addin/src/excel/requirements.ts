/** Requirement sets: what the adapter must have, and what it uses only when the host offers it. */
import type { Capabilities } from './types';

/** Asks the host whether it supports `ExcelApi <version>`. */
export type SupportCheck = (set: string, version: string) => boolean;

/** Settings (identity) and protection need ExcelApi 1.4; below that the add-in cannot keep a sheet safe. */
export const MINIMUM = { set: 'ExcelApi', version: '1.4' } as const;

export function capabilities(supports: SupportCheck): Capabilities {
  return {
    dataValidation: supports('ExcelApi', '1.8'),
    pageLayout: supports('ExcelApi', '1.9'),
    freezePanes: supports('ExcelApi', '1.7'),
    conditionalFormats: supports('ExcelApi', '1.6'),
  };
}

/** Every capability on: for hosts that implement what the adapter uses (the preview host, tests). */
export const ALL: Capabilities = {
  dataValidation: true,
  pageLayout: true,
  freezePanes: true,
  conditionalFormats: true,
};
