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

  /** What waits for the panel's frame to be out, run by the test. */
  const frames: (() => void)[] = [];
  const afterNextPaint = (work: () => void) => void frames.push(work);
  const runFrames = () => frames.splice(0).forEach((work) => work());

  it('lights the lens’s zones and dims only the other zones drawn, also those of a plan switched on under it', () => {
    const unbind = bindPlanLayers({} as MapLibreMap, indexCatalog(fixtureCatalog), useAppStore, { frameOnBind: false, afterNextPaint });
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

  it('takes a new lens in once the panel’s frame is out, with what changed meanwhile, while a selection is flagged at once', () => {
    const unbind = bindPlanLayers({} as MapLibreMap, indexCatalog(fixtureCatalog), useAppStore, { frameOnBind: false, afterNextPaint });
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
