/**
 * Left only for services/sheets/write.ts, which the sheet-rules branch owns: it moves to shared/time.ts (the
 * one implementation of Vietnam time) when that branch merges, and this file goes.
 */
export { formatVn, isoVn } from '../../shared/time';
