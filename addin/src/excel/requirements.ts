/** Requirement sets: what the adapter must have, and what it uses only when the host offers it. */
import { EXCEL_API_FLOOR } from '../../../shared/manifest';
import type { Capabilities } from './types';

/** Asks the host whether it supports `ExcelApi <version>`. */
export type SupportCheck = (set: string, version: string) => boolean;

/**
 * The floor the manifest declares (decision 0031): settings (1.4), protection with `selectionMode` (1.7),
 * data validation and its `clear()` (1.8) are used without asking; a host below it is told it is too old.
 */
export const MINIMUM = { set: 'ExcelApi', version: EXCEL_API_FLOOR } as const;

export function capabilities(supports: SupportCheck): Capabilities {
  return {
    dataValidation: supports('ExcelApi', '1.8'),
    pageLayout: supports('ExcelApi', '1.9'),
    freezePanes: supports('ExcelApi', '1.7'),
    conditionalFormats: supports('ExcelApi', '1.6'),
  };
}
