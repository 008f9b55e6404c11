/**
 * The mock workbook (./excel-mock.ts) for the self-test, with a hook that breaks a worksheet as it is added:
 * a member of it that then throws as Excel would (code, message, debugInfo), so one step fails. Everything
 * else the self-test uses — deleting worksheets and settings among it — is the mock's own, under the strict
 * layer's rules.
 */
import { excelError } from '../src/preview/strict/errors';
import { createExcelMock, type MockInit } from './excel-mock';

// biome-ignore lint/suspicious/noExplicitAny: the mock is dynamically shaped, like Office's proxies
type Mock = any;

/** An error shaped as OfficeExtension.Error: code, message and debugInfo naming the failing member. */
export const officeError = excelError;

export function createCompatMock(init: MockInit & { breakSheet?: (ws: Mock) => void } = {}) {
  const { breakSheet, ...rest } = init;
  return createExcelMock({ ...rest, ...(breakSheet ? { onAdd: breakSheet } : {}) });
}
