// @vitest-environment jsdom
import { act, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { fixtureCatalog } from '../../test/fixture-catalog';
import { initialAppState, useAppStore } from '../../state/store';
import { ZonePanel } from './zone-panel';
import { catalogLinksOf, catalogWithLinks } from '../../data/catalog-links';
import { firstViewCatalog, firstViewIndexOf } from '../../data/first-view-index';
import { planDetailOf } from '../../data/plan-detail';
import { catalogInStore } from '../../test/catalog-in-store';

beforeEach(() => {
  useAppStore.setState(initialAppState, true);
  useAppStore.setState({ ...catalogInStore(fixtureCatalog) });
});

describe('ZonePanel', () => {
  it('invites a click while nothing is selected', () => {
    render(<ZonePanel />);
    expect(screen.getByRole('heading', { name: '点击地图上的区域' })).toBeInTheDocument();
  });

  it('lists every plan element under one tap and opens the one chosen', async () => {
    render(<ZonePanel />);
    act(() => useAppStore.getState().mapClicked(['city-axis', 'district-east']));
    const options = screen.getAllByRole('button').filter((b) => b.classList.contains('overlap__option'));
    // Each names its plan with the plan's period (and 已到期 once that is over).
    expect(options.map((o) => o.textContent?.replace('已到期', ''))).toEqual([
      '沿沪宁发展轴一环两轴 · “十四五” 2021–2025 · 发展轴',
      '东部片区东中西 · “十四五” · 片区',
    ]);
    await userEvent.click(options[1]!);
    expect(screen.getByRole('heading', { level: 2, name: '东部片区' })).toBeInTheDocument();
  });

  it('opens a card straight away when one element is hit, and closes it', async () => {
    render(<ZonePanel />);
    act(() => useAppStore.getState().mapClicked(['city-ring']));
    await userEvent.click(screen.getByRole('button', { name: '关闭' }));
    expect(useAppStore.getState().selectedZoneId).toBeUndefined();
    expect(screen.getByRole('heading', { name: '点击地图上的区域' })).toBeInTheDocument();
  });

  describe('waiting on its plan’s detail file', () => {
    // The store as the app has it before any detail: the first view's index with the links across plans.
    const linked = catalogWithLinks(firstViewCatalog(firstViewIndexOf(fixtureCatalog)), catalogLinksOf(fixtureCatalog));
    const cityPlan = fixtureCatalog.plans.find((plan) => plan.id === 'city')!;
    // The map's carriers file, which a card whose detail is broken asks where its carriers lie (read once a file).
    const carriersFile = { type: 'FeatureCollection', features: [{ type: 'Feature', properties: { id: 'city-hub', planId: 'city' }, geometry: { type: 'Point', coordinates: [120.62, 31.32] } }] };
    beforeEach(() => {
      useAppStore.setState({ catalog: { status: 'ready', catalog: linked }, planDetails: {} });
      vi.stubGlobal('fetch', vi.fn(async () => new Response(JSON.stringify(carriersFile))));
    });
    afterEach(() => vi.unstubAllGlobals());

    it('asks for the picked zone’s plan alone, and shows the card with its citations once the detail is in', async () => {
      render(<ZonePanel />);
      act(() => useAppStore.getState().zoneSelected('city-ring'));
      expect(useAppStore.getState().planDetails).toEqual({ city: { status: 'loading' } });
      expect(screen.queryByRole('heading', { level: 2 })).not.toBeInTheDocument();
      expect(document.querySelector('.zone-panel__pending')).toHaveAttribute('aria-busy', 'true');

      act(() => useAppStore.getState().planDetailLoaded(planDetailOf(fixtureCatalog, cityPlan)));
      expect(screen.getByRole('heading', { level: 2, name: '发展环' })).toBeInTheDocument();
      expect(screen.getByText('高质量发展环')).toBeInTheDocument();
      // The lists follow the frame that shows the card's head.
      expect(within(await screen.findByRole('region', { name: '出处' })).getByText(/10/)).toBeInTheDocument();
      expect(within(screen.getByRole('region', { name: '目标' })).getByText('建成高质量发展环')).toBeInTheDocument();
    });

    it('names a broken detail file in the panel and still shows what the index knows of the zone', () => {
      render(<ZonePanel />);
      act(() => useAppStore.getState().zoneSelected('city-ring'));
      act(() => useAppStore.getState().planDetailFailed('city', 'data/plan-details/city.json', ['zones.0.refs: Invalid input']));
      const alert = screen.getByRole('alert');
      expect(alert).toHaveTextContent('本规划的详细内容无法读取');
      expect(alert).toHaveTextContent('data/plan-details/city.json');
      expect(alert).toHaveTextContent('zones.0.refs: Invalid input');
      expect(screen.getByRole('heading', { level: 2, name: '发展环' })).toBeInTheDocument();
      expect(within(screen.getByRole('region', { name: '产业' })).getAllByRole('button').map((b) => b.textContent)).toEqual(['金融服务', '数字经济']);
    });

    it('with a broken detail file, tells located carriers from unplaced ones by the map’s carriers file', async () => {
      render(<ZonePanel />);
      act(() => useAppStore.getState().zoneSelected('city-ring'));
      act(() => useAppStore.getState().planDetailFailed('city', 'data/plan-details/city.json', ['zones.0.refs: Invalid input']));
      const carriers = await screen.findByRole('region', { name: '载体' });
      expect(await within(carriers).findByRole('button', { name: '定位' })).toBeInTheDocument();
      expect(within(carriers).queryByText('无位置')).not.toBeInTheDocument();
    });

    it('lists the elements under one tap from the index, without fetching any detail', () => {
      render(<ZonePanel />);
      act(() => useAppStore.getState().mapClicked(['city-axis', 'district-east']));
      expect(screen.getAllByRole('button').filter((b) => b.classList.contains('overlap__option'))).toHaveLength(2);
      expect(useAppStore.getState().planDetails).toEqual({});
    });
  });
});
