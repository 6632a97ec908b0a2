import type { Industry } from '../../data/catalog-schema';
import { localize } from '../../i18n/localize';
import { useT } from '../../i18n/use-t';
import { useAppStore } from '../../state/store';

interface Props {
  industries: Industry[];
  /** Industries the plan names as core for the zone: marked, and listed first by the caller. */
  core?: ReadonlySet<string>;
}

/** Industries as chips; choosing one opens the industry lens across every plan. */
export function IndustryChips({ industries, core }: Props) {
  const t = useT();
  const locale = useAppStore((s) => s.locale);
  const industryPicked = useAppStore((s) => s.industryPicked);
  const lensIndustryId = useAppStore((s) => s.lensIndustryId);
  return (
    <ul className="chips">
      {industries.map((industry) => (
        <li key={industry.id}>
          <button
            type="button"
            className={core?.has(industry.id) ? 'chip chip--core' : 'chip'}
            aria-pressed={industry.id === lensIndustryId}
            onClick={() => industryPicked(industry.id)}
          >
            {localize(industry.name, locale)}
            {core?.has(industry.id) && <span className="chip__mark">{t('coreIndustry')}</span>}
          </button>
        </li>
      ))}
    </ul>
  );
}
