import type { CatalogIndex } from '../../data/catalog-index';
import type { Locale } from '../../i18n/messages';
import { lensMessages } from '../../i18n/messages-lens';
import { useT } from '../../i18n/use-t';
import type { SearchGroup, SearchHit } from './search';
import { SearchOption, typeLabels } from './search-option';

interface SearchGroupsProps {
  groups: SearchGroup[];
  /** The position in the whole list (across groups) of the option the arrow keys are on; -1 for none. */
  active: number;
  optionId: (position: number) => string;
  index: CatalogIndex;
  locale: Locale;
  onChoose: (hit: SearchHit) => void;
}

/** The search box's listbox content: the hits in groups by type, each group labelled. */
export function SearchGroups({ groups, active, optionId, index, locale, onChoose }: SearchGroupsProps) {
  const t = useT(lensMessages);
  let position = 0;
  return groups.map((group) => (
    <div key={group.type} role="group" aria-label={t(typeLabels[group.type])} className="search-box__group">
      {group.hits.map((hit) => {
        const i = position++;
        return (
          <SearchOption key={`${hit.type}:${hit.id}`} hit={hit} id={optionId(i)} active={i === active} index={index} locale={locale} onChoose={onChoose} />
        );
      })}
    </div>
  ));
}
