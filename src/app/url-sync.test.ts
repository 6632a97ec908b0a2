// @vitest-environment jsdom
import { fixtureCatalog } from '../test/fixture-catalog';
import { initialAppState, useAppStore } from '../state/store';
import { firstViewCatalog, firstViewIndexOf } from '../data/first-view-index';
import { currentSearch } from '../state/address-bar';
import { afterNextPaint } from '../state/after-next-paint';
import { startUrlSync } from './url-sync';
import { drawnZone } from '../data/draft-model';

let stop: () => void;
const load = () => useAppStore.getState().catalogLoaded(fixtureCatalog);
const open = (query: string) => window.history.replaceState(null, '', `/${query}`);
/** The address bar is written once the frame after a change is painted. */
const painted = () => new Promise<void>((resolve) => afterNextPaint(resolve));

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

  it('shows a link’s plans from the first view’s index, and keeps what the visitor did before the links across plans came', () => {
    open('?plans=district,nowhere');
    stop = startUrlSync(useAppStore);
    useAppStore.getState().firstViewLoaded(firstViewCatalog(firstViewIndexOf(fixtureCatalog)));
    expect(useAppStore.getState().hiddenPlanIds).toEqual(['city']);
    expect(useAppStore.getState().notices.map((n) => n.text).join(' ')).toMatch(/nowhere/);
    useAppStore.getState().zoneSelected('district-east');
    useAppStore.getState().planToggled('city');
    load();
    expect(useAppStore.getState()).toMatchObject({ selectedZoneId: 'district-east', hiddenPlanIds: [] });
    expect(window.location.search).toBe('?plans=city,district&zone=district-east');
  });

  it('follows a link opened before the links across plans came: its plans at once, its zone when the catalog is in', () => {
    open('?plans=district');
    stop = startUrlSync(useAppStore);
    useAppStore.getState().firstViewLoaded(firstViewCatalog(firstViewIndexOf(fixtureCatalog)));
    window.history.pushState(null, '', '/?plans=city&zone=city-ring');
    window.dispatchEvent(new PopStateEvent('popstate', { state: null }));
    expect(useAppStore.getState()).toMatchObject({ hiddenPlanIds: ['district'], catalogAsked: true });
    load();
    expect(useAppStore.getState().selectedZoneId).toBe('city-ring');
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

  it("in draft mode, picks a draft's zone a link names once the saved draft is back, and says so of one it does not have", async () => {
    const zone = drawnZone([], { type: 'Point', coordinates: [120.6, 31.3] });
    open(`?mode=draft&zone=${zone.id}`);
    stop = startUrlSync(useAppStore);
    load();
    expect(useAppStore.getState().selectedZoneId).toBeUndefined();
    useAppStore.getState().draftOpened([zone]);
    expect(useAppStore.getState().selectedZoneId).toBe(zone.id);
    await painted();
    expect(window.location.search).toBe(`?mode=draft&plans=city,district&zone=${zone.id}`);
    stop();

    useAppStore.setState(initialAppState, true);
    open('?mode=draft&zone=draft-zone-9');
    stop = startUrlSync(useAppStore);
    load();
    useAppStore.getState().draftOpened([zone]);
    expect(useAppStore.getState().selectedZoneId).toBeUndefined();
    expect(useAppStore.getState().notices.map((n) => n.text).join(' ')).toContain('draft-zone-9');
  });

  it('opens a family lens from a link, on the lens, and writes it back', async () => {
    open('?family=money&lang=en');
    stop = startUrlSync(useAppStore);
    load();
    expect(useAppStore.getState()).toMatchObject({ lensFamilyId: 'money', lensIndustryId: undefined, panel: 'lens' });
    expect(window.location.search).toBe('?plans=city,district&family=money&panel=lens&lang=en');
    useAppStore.getState().industryPicked('finance');
    await painted();
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

  it('writes each change of view to the address bar as a new history entry, once its frame is painted', async () => {
    open('');
    stop = startUrlSync(useAppStore);
    load();
    const before = window.history.length;
    useAppStore.getState().zoneSelected('city-axis');
    expect(window.location.search).not.toContain('zone=city-axis');
    await painted();
    expect(window.location.search).toContain('zone=city-axis');
    expect(window.history.length).toBe(before + 1);
    useAppStore.getState().cameraSettled({ lng: 120.5, lat: 31.2, zoom: 9 });
    await painted();
    expect(window.location.search).toContain('view=120.5,31.2,9');
    expect(window.history.length).toBe(before + 1);
  });

  it('keeps one history entry on a kiosk, replacing it with each view the attract loop or a visitor shows', async () => {
    open('?mode=kiosk');
    useAppStore.getState().modeEntered('kiosk');
    stop = startUrlSync(useAppStore);
    load();
    const before = window.history.length;
    useAppStore.getState().zoneSelected('city-axis');
    await painted();
    useAppStore.getState().zoneSelected('city-ring');
    await painted();
    expect(window.location.search).toMatch(/mode=kiosk.*zone=city-ring|zone=city-ring.*mode=kiosk/);
    expect(window.history.length).toBe(before);
  });

  it('writes changes made before the frame as one entry, and gives a reader of the address bar the view on screen', async () => {
    open('');
    stop = startUrlSync(useAppStore);
    load();
    const before = window.history.length;
    useAppStore.getState().zoneSelected('city-axis');
    useAppStore.getState().industryPicked('finance');
    expect(currentSearch()).toMatch(/zone=city-axis.*industry=finance/);
    await painted();
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

describe('startUrlSync on a phone: the back gesture closes what lies over the map first', () => {
  const back = async () => {
    window.history.back();
    await new Promise((resolve) => window.addEventListener('popstate', resolve, { once: true }));
  };

  it('raising the sheet is an entry of its own; back lowers it and keeps the zone and the camera', async () => {
    open('?zone=city-axis');
    stop = startUrlSync(useAppStore);
    load();
    const before = window.history.length;
    useAppStore.getState().sheetMoved('half');
    await painted();
    expect(window.history.length).toBe(before + 1);
    useAppStore.getState().sheetMoved('full');
    await painted();
    expect(window.history.length).toBe(before + 1);
    useAppStore.getState().cameraSettled({ lng: 120.5, lat: 31.2, zoom: 9 });
    await painted();
    await back();
    const state = useAppStore.getState();
    expect(state.sheet).toBe('peek');
    expect(state.selectedZoneId).toBe('city-axis');
    expect(state.camera).toEqual({ lng: 120.5, lat: 31.2, zoom: 9 });
    expect(window.location.search).toContain('view=120.5,31.2,9');
  });

  it('then clears the selection the user made', async () => {
    open('');
    stop = startUrlSync(useAppStore);
    load();
    useAppStore.getState().mapClicked(['city-axis']);
    await painted();
    useAppStore.getState().sheetMoved('half');
    await painted();
    await back();
    expect(useAppStore.getState().sheet).toBe('peek');
    expect(useAppStore.getState().selectedZoneId).toBe('city-axis');
    await back();
    expect(useAppStore.getState().selectedZoneId).toBeUndefined();
  });

  it('a sheet lowered by hand takes its entry with it, so back does not stop at the same view twice', async () => {
    open('');
    stop = startUrlSync(useAppStore);
    load();
    useAppStore.getState().zoneSelected('city-axis');
    await painted();
    const withZone = window.history.length;
    useAppStore.getState().sheetMoved('full');
    await painted();
    const popped = new Promise((resolve) => window.addEventListener('popstate', resolve, { once: true }));
    useAppStore.getState().sheetMoved('peek');
    await popped;
    expect(useAppStore.getState().sheet).toBe('peek');
    expect(window.location.search).toContain('zone=city-axis');
    useAppStore.getState().sheetMoved('half');
    await painted();
    expect(window.history.length).toBe(withZone + 1);
  });

  it('a result chosen in the search field replaces the entry that opened the field', async () => {
    open('');
    stop = startUrlSync(useAppStore);
    load();
    const before = window.history.length;
    useAppStore.getState().searchToggled(true);
    await painted();
    expect(window.history.length).toBe(before + 1);
    useAppStore.getState().zoneSelected('city-ring');
    await painted();
    useAppStore.getState().searchToggled(false);
    await painted();
    expect(window.history.length).toBe(before + 1);
    await back();
    expect(useAppStore.getState().selectedZoneId).toBeUndefined();
    expect(useAppStore.getState().searchOpen).toBe(false);
  });

  it('back closes the layer sheet and keeps the plans switched in it', async () => {
    open('?plans=city');
    stop = startUrlSync(useAppStore);
    load();
    useAppStore.getState().layerSheetToggled(true);
    await painted();
    useAppStore.getState().planToggled('district');
    await painted();
    await back();
    expect(useAppStore.getState().layerSheetOpen).toBe(false);
    expect(useAppStore.getState().hiddenPlanIds).toEqual([]);
    expect(window.location.search).toContain('plans=city,district');
  });
});
