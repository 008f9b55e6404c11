/** `Range.format` of the preview: fonts, fills, alignment, wrapping, column widths and cell locking. */
import type { Rect } from './address';
import type { Cell, PreviewSheet } from './sheet';

export function formatProxy(s: PreviewSheet, rect: Rect) {
  /** Sets one format property on every cell of the range. */
  const set = <K extends keyof Cell>(k: K, v: Cell[K]) =>
    s.eachCell(rect, (c) => {
      c[k] = v;
    });
  return {
    font: {
      set bold(v: boolean) {
        set('bold', v);
      },
      set italic(v: boolean) {
        set('italic', v);
      },
      set color(v: string) {
        set('color', v);
      },
    },
    fill: {
      set color(v: string) {
        set('fill', v);
      },
      clear: () =>
        s.eachCell(rect, (c) => {
          delete c.fill;
        }),
    },
    set horizontalAlignment(v: string) {
      set('hAlign', v);
    },
    set wrapText(v: boolean) {
      set('wrap', v);
    },
    set columnWidth(points: number) {
      for (let c = rect.c1; c <= (rect.c2 ?? rect.c1); c++) s.columnWidths.set(c, points);
    },
    autofitRows: noopFn,
    borders: { getItem: () => ({}) },
    protection: {
      set locked(v: boolean) {
        set('locked', v);
      },
    },
  };
}

function noopFn(): void {}
