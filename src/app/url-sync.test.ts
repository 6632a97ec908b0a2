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

  it('opens a family lens from a link, on the lens, and writes it back', () => {
    open('?family=money&lang=en');
    stop = startUrlSync(useAppStore);
    load();
    expect(useAppStore.getState()).toMatchObject({ lensFamilyId: 'money', lensIndustryId: undefined, panel: 'lens' });
    expect(window.location.search).toBe('?plans=city,district&family=money&panel=lens&lang=en');
    useAppStore.getState().industryPicked('finance');
    expect(window.location.search).toContain('industry=finance');
    expect(window.location.search).not.toContain('family=');
  });

  it('says so when the link names a family the data does not have', () => {
    open('?family=no-such-family');
    stop = startUrlSync(useAppStore);
    load();
    expect(useAppStore.getState().lensFamilyId).toBeUndefined();
    expect(useAppStore.getState().notices.map((n) => n.text)).toEqual(['链接中的产业或产业族不存在，已忽略：no-such-family']);
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
