import type { TableSection } from '../../data/plan-targets';
import { localize } from '../../i18n/localize';
import { useAppStore } from '../../state/store';
import { SourceList } from '../shared/source-list';
import { TargetRow } from '../shared/target-row';

/** One indicator table: its title and source, then each of its groups with its rows, in the document's order. */
export function IndicatorTableView({ section }: { section: TableSection }) {
  const locale = useAppStore((s) => s.locale);
  const { table, groups } = section;
  const titleId = `indicator-table-${table.id}`;
  return (
    <section className="indicator-table" aria-labelledby={titleId} data-testid="indicator-table">
      <h3 id={titleId}>{localize(table.title, locale)}</h3>
      <SourceList refs={table.refs} />
      {groups.map(({ group, targets }, i) => {
        const section = group.section && (i === 0 || groups[i - 1]!.group.section?.zh !== group.section.zh) ? group.section : undefined;
        return (
          <div key={`${group.name.zh}-${i}`} className="indicator-table__group">
            {section && <p className="indicator-table__section">{localize(section, locale)}</p>}
            <h4 className="indicator-table__group-name">{localize(group.name, locale)}</h4>
            <ul className="targets">
              {targets.map((target) => (
                <TargetRow key={target.id} target={target} foldSources />
              ))}
            </ul>
          </div>
        );
      })}
    </section>
  );
}
