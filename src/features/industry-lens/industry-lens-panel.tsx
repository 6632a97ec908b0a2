import { useState } from 'react';
import { useCatalogIndex } from '../../data/use-catalog';
import { useT } from '../../i18n/use-t';
import { useAppStore } from '../../state/store';
import { IndustryDetail } from './industry-detail';
import { IndustryList } from './industry-list';
import './industry-lens.css';

/** The enterprise's question, "where should we go?": pick an industry, see every zone and carrier that wants it. */
export function IndustryLensPanel() {
  const t = useT();
  const index = useCatalogIndex();
  const lensIndustryId = useAppStore((s) => s.lensIndustryId);
  const industryPicked = useAppStore((s) => s.industryPicked);
  const lensCleared = useAppStore((s) => s.lensCleared);
  // Kept here, not in the list, so clearing a pick returns to the same filtered list.
  const [query, setQuery] = useState('');
  const [pickedHere, setPickedHere] = useState(false);
  const [clearedId, setClearedId] = useState<string>();
  const industry = lensIndustryId ? index?.industry(lensIndustryId) : undefined;

  if (!index) {
    return (
      <div className="empty-state">
        <p>{t('loading')}</p>
      </div>
    );
  }

  return (
    <section className="lens" aria-labelledby="lens-title" data-testid="industry-lens">
      <h2 id="lens-title" className="lens__title">
        {t('lensTitle')}
      </h2>
      {industry ? (
        <IndustryDetail
          index={index}
          industry={industry}
          takeFocus={pickedHere}
          onClear={() => {
            setClearedId(industry.id);
            setPickedHere(false);
            lensCleared();
          }}
        />
      ) : (
        <>
          <p className="lens__hint">{t('lensHint')}</p>
          <IndustryList
            index={index}
            query={query}
            onQueryChange={setQuery}
            returnFocusTo={clearedId}
            onPick={(id) => {
              setPickedHere(true);
              setClearedId(undefined);
              industryPicked(id);
            }}
          />
        </>
      )}
    </section>
  );
}
