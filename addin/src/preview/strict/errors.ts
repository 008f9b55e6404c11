/** Errors as Office.js raises them: `code`, and `debugInfo` naming the failing member. */

export interface ExcelLikeError extends Error {
  code: string;
  debugInfo: { code: string; message: string; errorLocation: string };
}

export function excelError(code: string, message: string, errorLocation: string): ExcelLikeError {
  const e = new Error(message) as ExcelLikeError;
  e.name = 'RichApi.Error';
  e.code = code;
  e.debugInfo = { code, message, errorLocation };
  return e;
}

export const isExcelLikeError = (e: unknown): e is ExcelLikeError =>
  e instanceof Error && typeof (e as Partial<ExcelLikeError>).code === 'string';
