import type { Zone } from './catalog-schema';
import type { DraftZone } from './draft-model';

/** What an edit in the draft changes of a plan zone: the draft's own part, which has no citation. */
export interface DraftChanges {
  name?: { zh: string; en: string };
  role?: { zh: string; en: string };
  industriesAdded: string[];
  industriesRemoved: string[];
  carriersAdded: string[];
  carriersRemoved: string[];
  reshaped: boolean;
}

const sameText = (draft: { zh: string; en: string }, plan: Zone['name'] | undefined) =>
  draft.zh === (plan?.zh ?? '') && draft.en === (plan?.en ?? '');
const missingFrom = (ids: string[], other: string[]) => ids.filter((id) => !other.includes(id));

export function draftChanges(edit: DraftZone, zone: Zone): DraftChanges {
  return {
    ...(sameText(edit.name, zone.name) ? {} : { name: edit.name }),
    ...(sameText(edit.role, zone.role) ? {} : { role: edit.role }),
    industriesAdded: missingFrom(edit.industryIds, zone.industryIds),
    industriesRemoved: missingFrom(zone.industryIds, edit.industryIds),
    carriersAdded: missingFrom(edit.carrierIds, zone.carrierIds),
    carriersRemoved: missingFrom(zone.carrierIds, edit.carrierIds),
    reshaped: edit.reshaped === true,
  };
}

/** Whether the edit changes anything at all. */
export const changesAnything = (changes: DraftChanges): boolean =>
  Boolean(changes.name || changes.role || changes.reshaped) ||
  [changes.industriesAdded, changes.industriesRemoved, changes.carriersAdded, changes.carriersRemoved].some((ids) => ids.length > 0);
