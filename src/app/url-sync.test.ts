// @vitest-environment jsdom
import { fixtureCatalog } from '../test/fixture-catalog';
import { initialAppState, useAppStore } from '../state/store';
import { startUrlSync } from './url-sync';

let stop: () => void;
const load = () => useAppStore.getState().catalogLoaded(fixtureCatalog);
const open = (query: string) => window.history.replaceState(null, '', `/${query}`);

beforeEach(() => useAppStore.setState(initialAppState, true));
afterEach(() => stop?.());

describe('startUrlSync', () => {
  it('opens the view a link describes once the catalog is there', () => {
    open('?plans=district&zone=district-east&industry=finance&lang=en&view=120.6,31.3,11');
    stop = startUrlSync(useAppStore);
    expect(useAppStore.getState().locale).toBe('en');
    expect(useAppStore.getState().camera).toEqual({ lng: 120.6, lat: 31.3, zoom: 11 });
    load();
    const state = useAppStore.getState();
    expect(state.hiddenPlanIds).toEqual(['city']);
    expect(state.selectedZoneId).toBe('district-east');
    expect(state.lensIndustryId).toBe('finance');
  });

  it('ignores unknown and malformed parameters with a notice, keeping the rest', () => {
    open('?zone=no-such-zone&lang=fr&industry=finance');
    stop = startUrlSync(useAppStore);
    load();
    const state = useAppStore.getState();
    expect(state.selectedZoneId).toBeUndefined();
    expect(state.lensIndustryId).toBe('finance');
    expect(state.notices.map((n) => n.text).join(' ')).toMatch(/lang=fr[\s\S]*no-such-zone/);
  });

  it('writes each change of view to the address bar as a new history entry', () => {
    open('');
    stop = startUrlSync(useAppStore);
    load();
    const before = window.history.length;
    useAppStore.getState().zoneSelected('city-axis');
    expect(window.location.search).toContain('zone=city-axis');
    expect(window.history.length).toBe(before + 1);
    useAppStore.getState().cameraSettled({ lng: 120.5, lat: 31.2, zoom: 9 });
    expect(window.location.search).toContain('view=120.5,31.2,9');
    expect(window.history.length).toBe(before + 1);
  });

  it('restores the view of an earlier entry on back/forward', () => {
    open('');
    stop = startUrlSync(useAppStore);
    load();
    useAppStore.getState().zoneSelected('city-axis');
    window.history.replaceState(null, '', '/?zone=city-ring&lang=en');
    window.dispatchEvent(new PopStateEvent('popstate'));
    expect(useAppStore.getState().selectedZoneId).toBe('city-ring');
    expect(useAppStore.getState().locale).toBe('en');
  });
});
