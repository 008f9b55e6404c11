/**
 * The object model the strict layer knows: which Excel class each proxy stands for, its navigation
 * properties and methods (with the class their result is), and the ExcelApi requirement set of each member
 * (from Office.js's reference, `[Api set: ExcelApi 1.x]` in @types/office-js). A member the layer does not
 * know fails loudly, so a new use of the API is modelled before it is trusted.
 */

export type Kind = string;

/** Navigation properties: reading them gives another proxy, no load needed. */
export const NAV: Record<Kind, Record<string, Kind>> = {
  workbook: { settings: 'settings', worksheets: 'worksheets' },
  worksheet: {
    protection: 'worksheetProtection',
    freezePanes: 'freezePanes',
    pageLayout: 'pageLayout',
    charts: 'charts',
  },
  pageLayout: { headersFooters: 'headersFooters' },
  headersFooters: { defaultForAllPages: 'headerFooter' },
  range: {
    format: 'rangeFormat',
    dataValidation: 'dataValidation',
    conditionalFormats: 'conditionalFormats',
  },
  rangeFormat: { font: 'font', fill: 'fill', borders: 'borders', protection: 'formatProtection' },
  conditionalFormat: { custom: 'customConditional' },
  customConditional: { rule: 'conditionalRule', format: 'conditionalRangeFormat' },
  conditionalRangeFormat: { fill: 'conditionalFill', font: 'conditionalFont' },
  chart: { title: 'chartTitle', legend: 'chartLegend' },
};

/** Methods, with the class of what they return (`void` for nothing the adapter uses). */
export const METHODS: Record<Kind, Record<string, Kind>> = {
  settings: { getItemOrNullObject: 'setting', add: 'setting' },
  setting: { delete: 'void' },
  worksheets: { getItem: 'worksheet', getItemOrNullObject: 'worksheet', add: 'worksheet' },
  worksheet: { getRange: 'range', activate: 'void', delete: 'void' },
  worksheetProtection: { protect: 'void', unprotect: 'void' },
  freezePanes: { freezeRows: 'void', freezeAt: 'void' },
  pageLayout: { setPrintArea: 'void', setPrintTitleRows: 'void', setPrintTitleColumns: 'void' },
  range: { merge: 'void', unmerge: 'void', clear: 'void', select: 'void' },
  rangeFormat: { autofitRows: 'void' },
  fill: { clear: 'void' },
  borders: { getItem: 'border' },
  dataValidation: { clear: 'void' },
  conditionalFormats: { add: 'conditionalFormat', clearAll: 'void' },
  charts: { add: 'chart' },
  chart: { setPosition: 'void', delete: 'void' },
};

/** What a collection's `items` hold. */
export const ITEMS: Record<Kind, Kind> = { worksheets: 'worksheet', settings: 'setting', charts: 'chart' };

/** Excel's class names, for `debugInfo.errorLocation` ("WorksheetProtection.unprotect"). */
export const CLASS: Record<Kind, string> = {
  workbook: 'Workbook',
  worksheets: 'WorksheetCollection',
  worksheet: 'Worksheet',
  worksheetProtection: 'WorksheetProtection',
  freezePanes: 'WorksheetFreezePanes',
  pageLayout: 'PageLayout',
  headersFooters: 'HeaderFooterGroup',
  headerFooter: 'HeaderFooter',
  settings: 'SettingCollection',
  setting: 'Setting',
  range: 'Range',
  rangeFormat: 'RangeFormat',
  font: 'RangeFont',
  fill: 'RangeFill',
  borders: 'RangeBorderCollection',
  border: 'RangeBorder',
  formatProtection: 'FormatProtection',
  dataValidation: 'DataValidation',
  conditionalFormats: 'ConditionalFormatCollection',
  conditionalFormat: 'ConditionalFormat',
  customConditional: 'CustomConditionalFormat',
  conditionalRule: 'ConditionalFormatRule',
  conditionalRangeFormat: 'ConditionalRangeFormat',
  conditionalFill: 'ConditionalRangeFill',
  conditionalFont: 'ConditionalRangeFont',
  charts: 'ChartCollection',
  chart: 'Chart',
  chartTitle: 'ChartTitle',
  chartLegend: 'ChartLegend',
};

/** Requirement sets of whole classes (every member needs at least this); others are 1.1. */
const CLASS_SET: Record<Kind, string> = {
  settings: '1.4',
  setting: '1.4',
  worksheetProtection: '1.2',
  formatProtection: '1.2',
  conditionalFormats: '1.6',
  conditionalFormat: '1.6',
  customConditional: '1.6',
  conditionalRule: '1.6',
  conditionalRangeFormat: '1.6',
  conditionalFill: '1.6',
  conditionalFont: '1.6',
  freezePanes: '1.7',
  dataValidation: '1.8',
  pageLayout: '1.9',
  headersFooters: '1.9',
  headerFooter: '1.9',
};

/** Members newer than their class. */
const MEMBER_SET: Record<string, string> = {
  'worksheets.getItemOrNullObject': '1.4',
  'range.merge': '1.2',
  'range.unmerge': '1.2',
  'range.columnHidden': '1.2',
  'rangeFormat.columnWidth': '1.2',
  'rangeFormat.rowHeight': '1.2',
  'rangeFormat.autofitRows': '1.2',
};

/** Protection options (and the password argument) newer than `protect` itself. */
const OPTION_SET: Record<string, string> = {
  selectionMode: '1.7',
  allowEditObjects: '1.7',
  allowEditScenarios: '1.7',
};

/** "1.10" > "1.9". */
export function compareVersions(a: string, b: string): number {
  const [am = 0, an = 0] = a.split('.').map(Number);
  const [bm = 0, bn = 0] = b.split('.').map(Number);
  return am - bm || an - bn;
}

const max = (vs: string[]) => vs.reduce((m, v) => (compareVersions(v, m) > 0 ? v : m), '1.1');

/** The ExcelApi version a use of `member` of `kind` needs, given the call's arguments. */
export function requiredSet(kind: Kind, member: string, args: readonly unknown[] = []): string {
  const sets = [CLASS_SET[kind] ?? '1.1', MEMBER_SET[`${kind}.${member}`] ?? '1.1'];
  if (kind === 'worksheetProtection') {
    const [first, second] = args;
    const options = member === 'protect' && first && typeof first === 'object' ? first : {};
    for (const k of Object.keys(options)) sets.push(OPTION_SET[k] ?? '1.2');
    const password = member === 'protect' ? second : first;
    if (password !== undefined) sets.push('1.7');
  }
  return max(sets);
}
