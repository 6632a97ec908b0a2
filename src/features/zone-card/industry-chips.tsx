import type { Industry } from '../../data/catalog-schema';
import { localize } from '../../i18n/localize';
import { useAppStore } from '../../state/store';

/** Industries as chips; choosing one opens the industry lens across every plan. */
export function IndustryChips({ industries }: { industries: Industry[] }) {
  const locale = useAppStore((s) => s.locale);
  const industryPicked = useAppStore((s) => s.industryPicked);
  const lensIndustryId = useAppStore((s) => s.lensIndustryId);
  return (
    <ul className="chips">
      {industries.map((industry) => (
        <li key={industry.id}>
          <button
            type="button"
            className="chip"
            aria-pressed={industry.id === lensIndustryId}
            onClick={() => industryPicked(industry.id)}
          >
            {localize(industry.name, locale)}
          </button>
        </li>
      ))}
    </ul>
  );
}
