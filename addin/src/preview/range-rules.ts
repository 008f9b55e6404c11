/**
 * The rules a preview range carries: list validation (kept, and enforced when a person types) and custom
 * conditional formats (kept, evaluated by ./conditional-fill.ts when the grid is drawn).
 */
import { previewText } from '../messages/preview';
import type { Rect } from './address';
import type { PreviewRule, PreviewSheet } from './sheet';
import { type AlertStyle, numberRule } from './validation';

/** `Range.dataValidation`: list, decimal and whole-number rules are kept, with their error alert. */
export function validationProxy(s: PreviewSheet, rect: Rect) {
  const each = (f: Parameters<PreviewSheet['eachCell']>[1]) => s.eachCell(rect, f);
  return {
    clear: () =>
      each((c) => {
        delete c.validation;
      }),
    ignoreBlanks: true,
    prompt: {},
    set rule(r: { list?: { source: string } } & Parameters<typeof numberRule>[0]) {
      const rule = numberRule(r);
      if (r.list)
        each((c) => {
          c.validation = { source: r.list!.source, stop: true, style: 'Stop' };
        });
      else if (rule)
        each((c) => {
          c.validation = { rule, stop: true, style: 'Stop' };
        });
    },
    set errorAlert(a: { style?: AlertStyle; title?: string; message?: string }) {
      each((c) => {
        if (!c.validation) return;
        c.validation.stop = a.style === 'Stop';
        c.validation.style = a.style ?? 'Stop';
        if (a.title) c.validation.title = a.title;
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
