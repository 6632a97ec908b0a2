import './zod-without-eval';
import { z } from 'zod';
import type { DraftZone } from './draft-model';

// A saved draft in the browser. Kept apart from draft-model, which the store loads with the first view: only
// draft mode reads and writes a save, so the full zod that checks it is fetched with draft mode.

/** What a saved draft must look like, built on first use. */
let savedDraftSchema: z.ZodType<DraftZone[]> | undefined;
function draftZonesSchema(): z.ZodType<DraftZone[]> {
  const position = z.tuple([z.number(), z.number()]);
  const geometry = z.union([
    z.strictObject({ type: z.literal('Polygon'), coordinates: z.array(z.array(position).min(4)).min(1) }),
    z.strictObject({ type: z.literal('LineString'), coordinates: z.array(position).min(2) }),
    z.strictObject({ type: z.literal('Point'), coordinates: position }),
  ]);
  const text = z.strictObject({ zh: z.string(), en: z.string() });
  savedDraftSchema ??= z.array(
    z.strictObject({
      id: z.string().regex(/^[a-z0-9-]+$/),
      kind: z.enum(['ring', 'axis', 'belt', 'area', 'park', 'county', 'corridor', 'cluster']),
      geometry,
      name: text,
      role: text,
      industryIds: z.array(z.string()),
    }),
  ) as unknown as z.ZodType<DraftZone[]>;
  return savedDraftSchema;
}

const storageKey = 'suzhou-plan-map:draft';

/** The saved draft, or none if there is none or it cannot be read (a damaged save is dropped, not shown). */
export function loadDraft(storage: Storage = localStorage): DraftZone[] {
  try {
    const saved = storage.getItem(storageKey);
    const parsed = saved ? draftZonesSchema().safeParse(JSON.parse(saved)) : undefined;
    return parsed?.success ? parsed.data : [];
  } catch {
    return [];
  }
}

export function saveDraft(zones: DraftZone[], storage: Storage = localStorage): void {
  if (zones.length) storage.setItem(storageKey, JSON.stringify(zones));
  else storage.removeItem(storageKey);
}
