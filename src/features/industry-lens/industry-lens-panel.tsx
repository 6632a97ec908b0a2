import { useState } from 'react';
import { lensScope } from '../../data/lens-scope';
import { useCatalogIndex, useDetailProblems } from '../../state/use-catalog';
import { DetailNotice } from '../shared/detail-notice';
import { useT } from '../../i18n/use-t';
import { lensMessages } from '../../i18n/messages-lens';
import { lensSubjectOf } from '../../state/slices/lens-slice';
import { useAppStore } from '../../state/store';
import { LensDetail } from './lens-detail';
import { LensList } from './lens-list';
import './industry-lens.css';

/** The enterprise's question, "where should we go?": pick a family or an industry, see every place of every plan that wants it. */
export function IndustryLensPanel() {
  const t = useT(lensMessages);
  const index = useCatalogIndex();
  const lensFamilyId = useAppStore((s) => s.lensFamilyId);
  const lensIndustryId = useAppStore((s) => s.lensIndustryId);
  const industryPicked = useAppStore((s) => s.industryPicked);
  const familyPicked = useAppStore((s) => s.familyPicked);
  const lensCleared = useAppStore((s) => s.lensCleared);
  // Kept here, not in the list, so clearing a pick returns to the same filtered list.
  const [query, setQuery] = useState('');
  const [pickedHere, setPickedHere] = useState(false);
  const [clearedKey, setClearedKey] = useState<string>();
  const subject = lensSubjectOf({ lensFamilyId, lensIndustryId });
  const scope = index && subject ? lensScope(index, subject) : undefined;
  // The rows come from the links at once; each plan's citations, targets and tasks as its group comes into view.
  const problems = useDetailProblems(scope?.planIds ?? []);

  if (!index) {
    return (
      <div className="empty-state">
        <p>{t('loading')}</p>
      </div>
    );
  }

  const picked = (key: string) => {
    setPickedHere(true);
    setClearedKey(undefined);
    return key;
  };

  return (
    <section className="lens" aria-labelledby="lens-title" data-testid="industry-lens">
      <h2 id="lens-title" className="lens__title">
        {t('lensTitle')}
      </h2>
      {problems.length > 0 && <DetailNotice problems={problems} />}
      {scope ? (
        <LensDetail
          index={index}
          scope={scope}
          takeFocus={pickedHere}
          onClear={() => {
            setClearedKey(`${scope.subject.kind}:${scope.subject.id}`);
            setPickedHere(false);
            lensCleared();
          }}
        />
      ) : (
        <>
          <p className="lens__hint">{t('lensFamilyHint')}</p>
          <LensList
            index={index}
            query={query}
            onQueryChange={setQuery}
            returnFocusTo={clearedKey}
            onPickFamily={(id) => familyPicked(picked(id))}
            onPickIndustry={(id) => industryPicked(picked(id))}
          />
        </>
      )}
    </section>
  );
}
