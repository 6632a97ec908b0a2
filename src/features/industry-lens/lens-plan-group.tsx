import { useEffect, useRef } from 'react';
import type { LensPlanGroup } from '../../data/lens-scope';
import { localize } from '../../i18n/localize';
import { placeName } from '../../i18n/place-names';
import { carrierKindTerms, zoneKindTerms } from '../../i18n/terms';
import { useT } from '../../i18n/use-t';
import { lensMessages } from '../../i18n/messages-lens';
import { useAppStore } from '../../state/store';
import { useDetailWhenSeen } from '../../state/use-detail-when-seen';
import { carrierPlaces } from '../../map/carrier-places';
import { InlineCitation } from '../shared/inline-citation';
import { LensReason } from './lens-reason';
import { PlanTitle } from '../shared/plan-title';
import { DraftBadge } from '../shared/draft-badge';
import { isDraftZone } from '../../data/draft-catalog';

interface Props {
  group: LensPlanGroup;
  /** A family lens names, on each place, which of its industries the place has. */
  showIndustries: boolean;
}

/** One plan's places in the lens, under its pattern and period: zones with why they are there, then carriers. */
export function LensPlanGroupView({ group, showIndustries }: Props) {
  const t = useT(lensMessages);
  const locale = useAppStore((s) => s.locale);
  const selectedZoneId = useAppStore((s) => s.selectedZoneId);
  const zoneSelected = useAppStore((s) => s.zoneSelected);
  const carrierFocused = useAppStore((s) => s.carrierFocused);
  const current = useRef<HTMLButtonElement>(null);
  const section = useRef<HTMLElement>(null);
  const { plan } = group;
  // The places come from the links; their citations from the plan's detail, fetched once the group is in view.
  useDetailWhenSeen(section, [plan.id]);

  useEffect(() => {
    current.current?.scrollIntoView?.({ block: 'nearest' });
  }, []);

  return (
    <section ref={section} className="lens-plan" aria-label={localize(plan.pattern, locale)} data-plan-id={plan.id}>
      <h5 className="lens-plan__pattern">{localize(plan.pattern, locale)}</h5>
      <p className="lens-plan__meta">
        <PlanTitle plan={plan} name="name" />
      </p>
      <ul className="lens-results">
        {group.zones.map(({ zone, industries, reason, ref }) => (
          <li key={zone.id}>
            <button
              type="button"
              className="lens-result"
              aria-current={zone.id === selectedZoneId ? 'true' : undefined}
              ref={zone.id === selectedZoneId ? current : undefined}
              onClick={() => zoneSelected(zone.id)}
            >
              <span className="lens-result__kind">{zoneKindTerms[zone.kind][locale]}</span>
              <span className="lens-result__name">
                {localize(zone.name, locale)}
                {isDraftZone(zone) && <DraftBadge />}
              </span>
              <LensReason reason={reason} industries={showIndustries ? industries : undefined} />
              <InlineCitation citation={ref} planSource={plan.source} />
            </button>
          </li>
        ))}
      </ul>
      {group.carriers.length > 0 && (
        <ul className="lens-results lens-results--carriers" aria-label={t('carriers')}>
          {group.carriers.map(({ carrier, industries, ref }) => {
            const zone = carrier.zoneIds.map((id) => group.zones.find((z) => z.zone.id === id)?.zone).find(Boolean);
            const choose = () => {
              // zoneSelected clears the focused carrier, so the zone goes first. Where the carrier lies is in the
              // carriers' map file (the links leave it out): one without a place is not focused.
              if (carrier.zoneIds[0]) zoneSelected(carrier.zoneIds[0]);
              void carrierPlaces().then(
                (places) => places.has(carrier.id) && carrierFocused(carrier.id),
                () => undefined,
              );
            };
            return (
              <li key={carrier.id}>
                <button type="button" className="lens-result lens-result--carrier" onClick={choose}>
                  <span className="lens-result__kind">{carrierKindTerms[carrier.kind][locale]}</span>
                  <span className="lens-result__name">{localize(carrier.name, locale)}</span>
                  <span className="lens-result__why">
                    {zone ? `${t('lensCarrierIn')} ${localize(zone.name, locale)}` : (carrier.district ? placeName(carrier.district, locale) : '')}
                    {showIndustries && ` · ${industries.map((i) => localize(i.name, locale)).join(locale === 'zh' ? '、' : ', ')}`}
                  </span>
                  <InlineCitation citation={ref} planSource={plan.source} />
                </button>
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}
