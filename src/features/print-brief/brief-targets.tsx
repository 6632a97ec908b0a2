import type { Target } from '../../data/catalog-schema';
import { TargetRow } from '../shared/target-row';
import { briefCaps, capList } from './brief-limits';
import { MoreNote } from './more-note';

/** The zone's targets as the card shows them (baseline → target by year, with sources), two to a row. */
export function BriefTargets({ targets }: { targets: Target[] }) {
  const { shown, more } = capList(targets, briefCaps.targets);
  return (
    <>
      <ul className="targets brief__columns brief__targets">
        {shown.map((target) => (
          <TargetRow key={target.id} target={target} />
        ))}
      </ul>
      <MoreNote count={more} />
    </>
  );
}
