/** What the adapter needs from its host: `Excel.run` and the requirement sets it may use. */

/** `Excel.run` as the adapter calls it; tests and the preview host pass their own. */
export type ExcelRun = <T>(batch: (context: Excel.RequestContext) => Promise<T>) => Promise<T>;

/** The optional parts of the write, each tied to the ExcelApi requirement set that brings it. */
export interface Capabilities {
  /** ExcelApi 1.8: data validation with input messages. */
  dataValidation: boolean;
  /** ExcelApi 1.9: print area, title rows, paper and fit to width. */
  pageLayout: boolean;
  /** ExcelApi 1.7: frozen header rows. */
  freezePanes: boolean;
  /** ExcelApi 1.6: conditional formats (pulled tables; without them the matching rows get a plain fill). */
  conditionalFormats?: boolean;
}

/** An Excel operation that failed, with Office's `debugInfo` kept for the report. */
export class ExcelOperationError extends Error {
  constructor(
    readonly operation: string,
    override readonly cause: unknown,
    readonly debugInfo?: unknown,
  ) {
    super(`${operation}: ${cause instanceof Error ? cause.message : String(cause)}`);
    this.name = 'ExcelOperationError';
  }
}

/** Runs one operation, turning any failure into an `ExcelOperationError` carrying `debugInfo`. */
export async function guarded<T>(operation: string, body: () => Promise<T>): Promise<T> {
  try {
    return await body();
  } catch (error) {
    if (error instanceof ExcelOperationError) throw error;
    const debugInfo = (error as { debugInfo?: unknown } | null)?.debugInfo;
    throw new ExcelOperationError(operation, error, debugInfo);
  }
}
