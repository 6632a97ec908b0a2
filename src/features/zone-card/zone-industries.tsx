import type { CatalogIndex } from '../../data/catalog-index';
import type { Zone } from '../../data/catalog-schema';
import { rankedIndustries } from '../../data/ranked-industries';
import { useT } from '../../i18n/use-t';
import { IndustryChips } from '../shared/industry-chips';
import { SourceList } from '../shared/source-list';
import '../shared/shared.css';

/**
 * The zone's industries, those the plan names as core, leading or key first and marked, followed by the
 * words of the plan that say so: one chip among seventeen must not hide what the plan puts first.
 */
export function ZoneIndustries({ zone, index }: { zone: Zone; index: CatalogIndex }) {
  const t = useT();
  const ranked = rankedIndustries(index, zone);
  const core = new Set(ranked.filter((r) => r.core).map((r) => r.industry.id));
  const coreRefs = (zone.core ?? []).flatMap((entry) => entry.refs);
  return (
    <section aria-label={t('industries')}>
      <h3>{t('industries')}</h3>
      <IndustryChips industries={ranked.map((r) => r.industry)} core={core} />
      {coreRefs.length > 0 && (
        <div className="zone-card__core-sources" data-testid="core-sources">
          <p className="zone-card__core-note">
            <span className="badge badge--core">{t('coreIndustry')}</span> {t('coreIndustryNote')}
          </p>
          <SourceList refs={coreRefs} />
        </div>
      )}
    </section>
  );
}
