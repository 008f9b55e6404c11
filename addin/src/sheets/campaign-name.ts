/**
 * A worksheet name that carries its campaign ("Tự chấm N1 BRVT-YT-2023"), within Excel's rules
 * (shared/sheet-name.ts): the label gives way, never the campaign's code, so two campaigns never share a
 * name and one campaign's sheet is never mistaken for another's.
 */
import { excelSheetName } from '../../../shared/sheet-name';

const MAX = 31;

export function campaignSheetName(label: string, campaign: string): string {
  const code = Array.from(excelSheetName(campaign)).slice(0, 16).join('');
  const room = MAX - Array.from(code).length - 1;
  return excelSheetName(`${Array.from(label).slice(0, room).join('').trim()} ${code}`);
}
