// @vitest-environment jsdom
import { catalogLinksOf, catalogWithLinks } from '../data/catalog-links';
import { firstViewCatalog, firstViewIndexOf } from '../data/first-view-index';
import { planDetailOf } from '../data/plan-detail';
import { initialAppState, useAppStore } from '../state/store';
import { fixtureCatalog } from '../test/fixture-catalog';
import { startPlanDetailLoading } from './plan-detail-loading';

const linked = catalogWithLinks(firstViewCatalog(firstViewIndexOf(fixtureCatalog)), catalogLinksOf(fixtureCatalog));
const detailOf = (planId: string) => planDetailOf(fixtureCatalog, fixtureCatalog.plans.find((plan) => plan.id === planId)!);
/** Long enough for a fetch that was wrongly started to have been made. */
const settled = () => new Promise((resolve) => setTimeout(resolve, 50));

let requested: string[];
let stop: () => void;
beforeEach(() => {
  useAppStore.setState(initialAppState, true);
  useAppStore.setState({ catalog: { status: 'ready', catalog: linked } });
  requested = [];
  vi.stubGlobal('fetch', async (url: string) => {
    const path = new URL(url).pathname;
    requested.push(path.slice(path.indexOf('data/')));
    const planId = /plan-details\/([a-z0-9-]+)\.json$/.exec(path)?.[1] ?? '';
    if (planId === 'district') return new Response('{"version": "', { status: 200 });
    return new Response(JSON.stringify(detailOf(planId)), { status: 200 });
  });
  stop = startPlanDetailLoading(useAppStore);
});
afterEach(() => {
  stop();
  vi.unstubAllGlobals();
});

describe('loading plan details on demand', () => {
  it('fetches nothing until a panel asks, then each plan asked for once', async () => {
    await settled();
    expect(requested).toEqual([]);
    useAppStore.getState().planDetailsAsked(['city']);
    useAppStore.getState().planDetailsAsked(['city']);
    await vi.waitFor(() => expect(useAppStore.getState().planDetails.city).toEqual({ status: 'ready', detail: detailOf('city') }));
    expect(requested).toEqual(['data/plan-details/city.json']);
  });

  it('marks a damaged file as that plan’s error, naming it, and leaves the other plans alone', async () => {
    useAppStore.getState().planDetailsAsked(['district', 'city']);
    await vi.waitFor(() => expect(useAppStore.getState().planDetails.city?.status).toBe('ready'));
    await vi.waitFor(() => expect(useAppStore.getState().planDetails.district?.status).toBe('error'));
    expect(useAppStore.getState().planDetails.district).toMatchObject({ status: 'error', file: 'data/plan-details/district.json', problems: ['not valid JSON'] });
    expect(useAppStore.getState().planDetails.city?.status).toBe('ready');
    expect(useAppStore.getState().catalog.status).toBe('ready');
  });

  it('refuses a detail of another build of the data than the index', async () => {
    useAppStore.setState({ catalog: { status: 'ready', catalog: { ...linked, version: '1999.1.1' } } });
    useAppStore.getState().planDetailsAsked(['city']);
    await vi.waitFor(() => expect(useAppStore.getState().planDetails.city?.status).toBe('error'));
    expect(useAppStore.getState().planDetails.city).toMatchObject({ status: 'error', problems: [expect.stringMatching(/^version: .*1999\.1\.1/)] });
  });
});
