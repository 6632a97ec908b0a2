import { useState } from 'react';
import type { LensPlanGroup } from '../../data/lens-scope';
import { formatNumber } from '../../i18n/format';
import { useT } from '../../i18n/use-t';
import { lensMessages } from '../../i18n/messages-lens';
import { useAppStore } from '../../state/store';
import { LensPlanGroupView } from './lens-plan-group';

/**
 * About a panel's height of places is drawn at once, whole plans at a time: the largest lens of today's plans
 * fits, while a lens across tens of plans (thousands of carriers) draws the first plans at once and the rest
 * when asked, so picking it costs what a small lens costs.
 */
export const placeRowsAtOnce = 80;

const rowsOf = (group: LensPlanGroup) => group.zones.length + group.carriers.length;

/** The first plans' groups whose places fit in `rows` (at least one), and what is left. */
export function groupsWithin(groups: LensPlanGroup[], rows: number): { shown: LensPlanGroup[]; rest: LensPlanGroup[] } {
  let used = 0;
  let count = 0;
  while (count < groups.length && (count === 0 || used + rowsOf(groups[count]!) <= rows)) used += rowsOf(groups[count++]!);
  return { shown: groups.slice(0, count), rest: groups.slice(count) };
}

/** A lens's places, plan by plan, drawn a panel's height at a time. */
export function LensPlaces({ groups, showIndustries }: { groups: LensPlanGroup[]; showIndustries: boolean }) {
  const t = useT(lensMessages);
  const locale = useAppStore((s) => s.locale);
  const [rows, setRows] = useState(placeRowsAtOnce);
  const { shown, rest } = groupsWithin(groups, rows);
  const restPlaces = rest.reduce((n, group) => n + rowsOf(group), 0);
  return (
    <>
      {shown.map((group) => (
        <LensPlanGroupView key={group.plan.id} group={group} showIndustries={showIndustries} />
      ))}
      {rest.length > 0 && (
        <button type="button" className="button lens-places__more" onClick={() => setRows((n) => n + placeRowsAtOnce)}>
          {t('lensMorePlaces').replace('{places}', formatNumber(restPlaces, locale)).replace('{plans}', formatNumber(rest.length, locale))}
        </button>
      )}
    </>
  );
}
