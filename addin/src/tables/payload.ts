/**
 * How big a write is on the wire. Excel on the web refuses a request (one `context.sync()`) over 5 MB, so the
 * table writer packs its writes into syncs of at most a budget (4 MB by default: a margin for what the
 * estimate leaves out, such as the request's envelope and ids). A row's estimate is the exact UTF-8 size of
 * its values and number formats as JSON — what Office serialises — plus a fixed cost per queued operation.
 */
import type { TablePlan } from './types';

/** Excel on the web's limit on one request's payload. */
export const REQUEST_LIMIT = 5 * 1024 * 1024;
/** The default budget of one sync. */
export const DEFAULT_BUDGET = 4 * 1024 * 1024;
/**
 * Estimated bytes of one queued operation besides its data (object path, address, property name, a colour):
 * a generous figure, as Office's action JSON for `getRange(a).format.fill.color = c` is about 200 bytes.
 */
export const OP_BYTES = 400;

const encoder = new TextEncoder();

/** UTF-8 bytes of a value serialised as JSON. */
export const jsonBytes = (value: unknown) => encoder.encode(JSON.stringify(value)).length;

/** Estimated bytes of writing each row (index 0 is row 1): its values and formats. */
export function rowBytes(plan: Pick<TablePlan, 'values' | 'numberFormats'>): number[] {
  return plan.values.map((row, i) => jsonBytes(row) + jsonBytes(plan.numberFormats[i]) + 2);
}

/** Estimated bytes of the whole data block of a plan (values and formats), one range write. */
export const planBytes = (plan: Pick<TablePlan, 'values' | 'numberFormats'>) =>
  rowBytes(plan).reduce((s, b) => s + b, 0) + OP_BYTES;
