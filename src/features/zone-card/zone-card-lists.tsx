import type { CatalogIndex } from '../../data/catalog-index';
import type { Zone } from '../../data/catalog-schema';
import { isDraftZone } from '../../data/draft-catalog';
import { fill } from '../../i18n/fill';
import { useT } from '../../i18n/use-t';
import { useAppStore } from '../../state/store';
import { PrintBriefButton } from '../print-brief';
import { SourceList } from '../shared/source-list';
import { TargetRow } from '../shared/target-row';
import { TaskList } from '../shared/task-list';
import { CarrierList } from './carrier-list';
import { useCarrierPlaced } from './use-carrier-placed';

/** The lower part of a zone's card: its carriers, targets, tasks and sources, and what can be done with it. */
export function ZoneCardLists({ zone, index }: { zone: Zone; index: CatalogIndex }) {
  const t = useT();
  const zoneCompared = useAppStore((s) => s.zoneCompared);
  const planTargetsOpened = useAppStore((s) => s.planTargetsOpened);
  const carriers = zone.carrierIds.flatMap((id) => index.carrier(id) ?? []);
  const placed = useCarrierPlaced(zone.planId);
  const unplaced = carriers.filter((carrier) => placed(carrier) === false).length;
  const targets = zone.targetIds.flatMap((id) => index.target(id) ?? []);
  const planWide = index.planTargets(zone.planId).length;
  const tasks = [...new Set(zone.carrierIds.flatMap((id) => index.tasksOfCarrier(id)))];
  const draft = isDraftZone(zone);

  return (
    <>
      {carriers.length > 0 && (
        <section aria-label={t('carriers')}>
          <h3>
            {t('carriers')} <span className="count">{carriers.length}</span>
            {unplaced > 0 && <span className="zone-card__unplaced">{fill(t('carriersUnplaced'), { n: unplaced })}</span>}
          </h3>
          {/* A carrier's sources place it where the plan does; a draft that moves it here has none for that. */}
          <CarrierList carriers={carriers} placed={placed} sources={!draft} />
        </section>
      )}

      {targets.length > 0 && (
        <section aria-label={t('targets')}>
          <h3>{t('targets')}</h3>
          <ul className="targets">
            {targets.map((target) => (
              <TargetRow key={target.id} target={target} />
            ))}
          </ul>
        </section>
      )}

      {tasks.length > 0 && (
        <section aria-label={t('zoneTasks')}>
          <h3>
            {t('zoneTasks')} <span className="count">{tasks.length}</span>
          </h3>
          <TaskList tasks={tasks} carrierIds={zone.carrierIds} />
        </section>
      )}

      {/* A draft zone has no sources, and says so in its plan line rather than under an empty heading. */}
      {zone.refs.length > 0 && (
        <section aria-label={t('sources')}>
          <h3>{t('sources')}</h3>
          <SourceList refs={zone.refs} />
        </section>
      )}

      <footer className="zone-card__actions">
        <button type="button" className="button" onClick={() => zoneCompared(zone.id)}>
          {t('compareAdd')}
        </button>
        <PrintBriefButton zoneId={zone.id} />
        {planWide > 0 && (
          <button type="button" className="button" onClick={() => planTargetsOpened(zone.planId)} data-testid="open-plan-targets">
            {fill(t('planTargetsOpen'), { n: planWide })}
          </button>
        )}
      </footer>
    </>
  );
}
