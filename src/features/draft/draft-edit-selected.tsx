import type { Geometry } from 'geojson';
import { useState } from 'react';
import { assetUrl } from '../../config/env';
import type { Zone } from '../../data/catalog-schema';
import { isDraftZone } from '../../data/draft-catalog';
import { editableGeometry, editIdOf } from '../../data/draft-model';
import { localize } from '../../i18n/localize';
import { useT } from '../../i18n/use-t';
import { draftMessages } from '../../i18n/messages-draft';
import { useAppStore } from '../../state/store';
import { useCatalogIndex } from '../../state/use-catalog';

/** The plan's own shape of a zone, from the plan's GeoJSON (which the map has fetched already). */
async function planShape(zone: Zone): Promise<Geometry | undefined> {
  const response = await fetch(assetUrl(`geojson/${zone.planId}.geojson`));
  const shapes = (await response.json()) as { features: { properties: { id: string }; geometry: Geometry }[] };
  return shapes.features.find((feature) => feature.properties.id === zone.id)?.geometry;
}

/**
 * Takes the plan zone picked on the map into the draft, to be edited there: its facts as the plan has them,
 * and its shape when it can be reshaped. The plan's zone itself is never changed.
 */
export function DraftEditSelected() {
  const t = useT(draftMessages);
  const locale = useAppStore((s) => s.locale);
  const index = useCatalogIndex();
  const selectedZoneId = useAppStore((s) => s.selectedZoneId);
  const editing = useAppStore((s) => s.draft.present.some((z) => selectedZoneId && z.id === editIdOf(selectedZoneId)));
  const [busy, setBusy] = useState(false);
  const zone = selectedZoneId ? index?.zone(selectedZoneId) : undefined;
  if (!zone || isDraftZone(zone)) return <p className="draft-panel__hint">{t('draftEditHint')}</p>;

  const start = async () => {
    setBusy(true);
    const geometry = await planShape(zone).catch(() => undefined);
    setBusy(false);
    useAppStore.getState().draftZoneEditStarted(zone, editableGeometry(geometry));
    useAppStore.getState().zoneSelected(editIdOf(zone.id), { frame: false });
  };
  return (
    <div className="draft-panel__edit">
      <span className="draft-panel__edit-name">{localize(zone.name, locale)}</span>
      <button type="button" onClick={start} disabled={busy}>
        {editing ? t('draftEditOpen') : t('draftEditSelected')}
      </button>
    </div>
  );
}
