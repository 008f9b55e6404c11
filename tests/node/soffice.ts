/**
 * Recalculates workbooks with LibreOffice headless: converts .xlsx → .xlsx in one soffice run, with a
 * private profile (parallel runs never share one) told to recalculate every formula on load.
 */
import { convert, XLSX_EXPORT } from './soffice-convert';

/** LibreOffice's "recalculation on file load" set to Always (0) for OOXML and ODF. */
const PROFILE = `<?xml version="1.0" encoding="UTF-8"?>
<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="OOXMLRecalcMode" oor:op="fuse"><value>0</value></prop></item>
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="ODFRecalcMode" oor:op="fuse"><value>0</value></prop></item>
</oor:items>
`;

/** Converts each input .xlsx; returns the paths of the recalculated copies, in the same order. */
export function recalculate(inputs: readonly string[], timeoutMs = 180_000): Promise<string[]> {
  return convert(inputs, XLSX_EXPORT, { registry: PROFILE, timeoutMs });
}
