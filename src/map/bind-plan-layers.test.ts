import type { Map as MapLibreMap } from 'maplibre-gl';
import { indexCatalog } from '../data/catalog-index';
import { initialAppState, useAppStore } from '../state/store';
import { catalogInStore } from '../test/catalog-in-store';
import { fixtureCatalog } from '../test/fixture-catalog';
import { bindPlanLayers } from './bind-plan-layers';

// The zones' flags are what matters here; sources, layers and filters are faked.
const zoneFlags = new Map<string, Record<string, boolean>>();
vi.mock('./plan-layers-on-map', () => ({
  syncPlanLayers: () => undefined,
  applyLayerStates: () => undefined,
  setZoneFlag: (_map: unknown, zoneId: string, flag: string, on: boolean) => void zoneFlags.set(zoneId, { ...zoneFlags.get(zoneId), [flag]: on }),
}));

const flagsOn = () => Object.fromEntries([...zoneFlags].map(([id, flags]) => [id, Object.keys(flags).filter((flag) => flags[flag]).join()]).filter(([, on]) => on));

describe('bindPlanLayers and a lens', () => {
  beforeEach(() => {
    zoneFlags.clear();
    useAppStore.setState({ ...initialAppState, ...catalogInStore(fixtureCatalog), hiddenPlanIds: ['district'] }, true);
  });

  /** The map's next frames, run by the test. */
  const frames: (() => void)[] = [];
  const nextFrame = (work: () => void) => void frames.push(work);
  const runFrames = () => frames.splice(0).forEach((work) => work());

  it('lights the lens’s zones and dims only the other zones drawn, also those of a plan switched on under it', () => {
    const unbind = bindPlanLayers({} as MapLibreMap, indexCatalog(fixtureCatalog), useAppStore, { frameOnBind: false, nextFrame });
    // 数字经济 is planned in the city plan's ring alone; the district plan is switched off.
    useAppStore.getState().industryPicked('digital-economy');
    runFrames();
    expect(flagsOn()).toEqual({ 'city-ring': 'lensed', 'city-axis': 'dimmed' });
    useAppStore.getState().planToggled('district');
    expect(flagsOn()).toEqual({ 'city-ring': 'lensed', 'city-axis': 'dimmed', 'district-east': 'dimmed' });
    useAppStore.getState().lensCleared();
    runFrames();
    expect(flagsOn()).toEqual({});
    unbind();
  });

  it('takes a new lens in at the frame after the panel’s, with what changed meanwhile, while a selection is flagged at once', () => {
    const unbind = bindPlanLayers({} as MapLibreMap, indexCatalog(fixtureCatalog), useAppStore, { frameOnBind: false, nextFrame });
    useAppStore.getState().industryPicked('digital-economy');
    useAppStore.getState().planToggled('district');
    useAppStore.getState().zoneSelected('district-east');
    expect(flagsOn()).toEqual({ 'district-east': 'selected' });
    expect(frames).toHaveLength(1);
    runFrames();
    expect(flagsOn()).toEqual({ 'city-ring': 'lensed', 'city-axis': 'dimmed', 'district-east': 'selected,dimmed' });
    unbind();
  });
});
