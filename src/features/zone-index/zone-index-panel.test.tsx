// @vitest-environment jsdom
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { Catalog } from '../../data/catalog-schema';
import { initialAppState, useAppStore } from '../../state/store';
import { fixtureCatalog } from '../../test/fixture-catalog';
import { ZoneIndexPanel } from './zone-index-panel';
import { catalogInStore } from '../../test/catalog-in-store';

// The fixture with a park inside the eastern zone, so nesting is exercised.
const withPark: Catalog = {
  ...fixtureCatalog,
  zones: [
    ...fixtureCatalog.zones,
    { ...fixtureCatalog.zones[2]!, id: 'district-east-park', kind: 'park', name: { zh: '东部园区', en: 'Eastern park' }, parentId: 'district-east' },
  ],
};

beforeEach(() => {
  useAppStore.setState(initialAppState, true);
  useAppStore.setState({ ...catalogInStore(withPark) });
});

describe('ZoneIndexPanel', () => {
  it('lists every plan as a heading and every zone as a button that opens its card', async () => {
    render(<ZoneIndexPanel />);
    expect(screen.getAllByRole('heading', { level: 3 }).map((h) => h.textContent)).toEqual(['市级规划', '区级规划']);
    expect(screen.getByText('吴中区 · “十四五”')).toBeInTheDocument();
    for (const zone of withPark.zones) {
      expect(screen.getByRole('button', { name: new RegExp(`${zone.name.zh}$`) })).toBeInTheDocument();
    }
    await userEvent.click(screen.getByRole('button', { name: '发展轴 沿沪宁发展轴' }));
    expect(useAppStore.getState()).toMatchObject({ selectedZoneId: 'city-axis', panel: 'zone' });
    expect(screen.getByRole('button', { name: '发展轴 沿沪宁发展轴' })).toHaveAttribute('aria-current', 'true');
  });

  it('nests a park inside its parent zone', () => {
    render(<ZoneIndexPanel />);
    const parent = screen.getByRole('button', { name: '片区 东部片区' }).closest('li')!;
    expect(within(parent).getByRole('button', { name: '园区 东部园区' })).toBeInTheDocument();
    expect(within(parent).getAllByRole('list')).toHaveLength(1);
  });

  it('switches a plan off and on for the map', async () => {
    render(<ZoneIndexPanel />);
    const toggle = screen.getByRole('checkbox', { name: /区级规划/ });
    expect(toggle).toBeChecked();
    await userEvent.click(toggle);
    expect(useAppStore.getState().hiddenPlanIds).toEqual(['district']);
    expect(toggle).not.toBeChecked();
    await userEvent.click(toggle);
    expect(useAppStore.getState().hiddenPlanIds).toEqual([]);
  });

  it('speaks English', () => {
    useAppStore.setState({ locale: 'en' });
    render(<ZoneIndexPanel />);
    expect(screen.getByRole('heading', { level: 2 })).toHaveTextContent('Plans and zones');
    expect(screen.getByRole('button', { name: 'Park Eastern park' })).toBeInTheDocument();
    expect(screen.getByRole('checkbox', { name: /Show on map.*City plan/ })).toBeInTheDocument();
  });
});
