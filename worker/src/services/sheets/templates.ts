/**
 * Parsed templates kept per isolate (decision 0017). A template changes only by a plan amendment (decision 0027),
 * which bumps the campaign's plan version, part of the key: a cached copy is never stale; the sheet context batch then skips its ~15 kB document. Keyed by the SQL-made key of
 * db/sheet-context.ts, grouped by campaign so a request passes only its campaign's keys. The cached object
 * is shared by every request of the isolate: readers must not mutate it (it is frozen).
 */
import type { Template } from '../../../../shared/contract/template';

/** Templates kept at most, over every campaign; the oldest go first. */
const MAX_TEMPLATES = 200;

const byCampaign = new Map<string, Map<string, Template>>();
let count = 0;

/** The keys this isolate holds for a campaign (what the context batch need not return). */
export function cachedTemplateKeys(campaign: string): string[] {
  return [...(byCampaign.get(campaign)?.keys() ?? [])];
}

export function cachedTemplate(campaign: string, key: string): Template | null {
  return byCampaign.get(campaign)?.get(key) ?? null;
}

/** Parses a template document and keeps it. */
export function rememberTemplate(campaign: string, key: string, document: string): Template {
  const template = deepFreeze(JSON.parse(document) as Template);
  const m = byCampaign.get(campaign) ?? new Map<string, Template>();
  byCampaign.set(campaign, m);
  if (!m.has(key)) count++;
  m.set(key, template);
  while (count > MAX_TEMPLATES) {
    const [oldest, templates] = byCampaign.entries().next().value!;
    const first = templates.keys().next().value;
    if (first !== undefined) templates.delete(first);
    if (!templates.size) byCampaign.delete(oldest);
    count--;
  }
  return template;
}

function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const v of Object.values(value)) deepFreeze(v);
  }
  return value;
}
