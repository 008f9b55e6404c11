/**
 * The rules a preview range carries: list validation (kept, and enforced when a person types) and custom
 * conditional formats (kept, evaluated by ./conditional-fill.ts when the grid is drawn).
 */
import { previewText } from '../messages/preview';
import type { Rect } from './address';
import type { PreviewRule, PreviewSheet } from './sheet';

/** `Range.dataValidation`: only list rules are kept; decimal rules are the scoring sheet's warnings. */
export function validationProxy(s: PreviewSheet, rect: Rect) {
  const each = (f: Parameters<PreviewSheet['eachCell']>[1]) => s.eachCell(rect, f);
  return {
    clear: () =>
      each((c) => {
        delete c.validation;
      }),
    ignoreBlanks: true,
    prompt: {},
    set rule(r: { list?: { source: string } }) {
      if (r.list)
        each((c) => {
          c.validation = { source: r.list!.source, stop: true };
        });
    },
    set errorAlert(a: { style?: string; message?: string }) {
      each((c) => {
        if (!c.validation) return;
        c.validation.stop = a.style === 'Stop';
        if (a.message) c.validation.message = a.message;
      });
    },
  };
}

/** `Range.conditionalFormats`: custom rules only, as the adapter writes them. */
export function conditionalFormatsProxy(s: PreviewSheet, rect: Rect, address: string | undefined) {
  return {
    add: (type: string) => {
      if (type !== 'Custom') throw new Error(`InvalidArgument: ${previewText.customOnly}`);
      const rule: PreviewRule = { address: address ?? '', rect, formula: '', fill: null };
      s.rules.push(rule);
      return {
        custom: {
          rule: {
            set formula(v: string) {
              rule.formula = v;
            },
          },
          format: {
            fill: {
              set color(v: string) {
                rule.fill = v;
              },
            },
            font: {},
          },
        },
      };
    },
    clearAll: () => {
      if (!address) s.rules.length = 0;
      else s.rules.splice(0, s.rules.length, ...s.rules.filter((r) => r.address !== address));
    },
  };
}
