/** NFC normalisation of parsed JSON lives in the shared core (shared/text.ts), beside the visible-text rule. */
export { normalizeNfc } from '../../../shared/text';
