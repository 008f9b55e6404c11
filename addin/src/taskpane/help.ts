/**
 * A short "Hướng dẫn" under each panel's heading: a closed <details> with the panel's one-line help and where
 * the full guide is. `withHelp` wraps a panel (the texts keyed by its section's id), so a panel module need not change to get one;
 * the sheet and lead sections get theirs from app.ts (`addHelp`), the lead's each time its panel is drawn.
 */
import { helpText as T } from '../messages/help';
import { h } from './dom';
import type { Panel } from './panel-context';

/** The help box of a panel, or null when it has no text. */
export function helpBox(key: string): HTMLElement | null {
  const text = T.panels[key];
  if (!text) return null;
  return h(
    'details',
    { class: 'help', 'data-help': key },
    h('summary', {}, T.summary),
    h('p', {}, text),
    h('p', { class: 'muted' }, T.guide),
  );
}

/** Puts the help box right after the section's heading (or first, without one). */
export function addHelp(section: HTMLElement, key: string): HTMLElement {
  const box = helpBox(key);
  if (!box || section.querySelector(':scope > details.help')) return section;
  const heading = section.querySelector(':scope > h2');
  if (heading) heading.after(box);
  else section.prepend(box);
  return section;
}

/** The panel with its help box (keyed by its section's id) added when it renders. */
export const withHelp =
  (panel: Panel): Panel =>
  (ctx) => {
    const section = panel(ctx);
    return section ? addHelp(section, section.id) : null;
  };
