// @vitest-environment jsdom
import { act, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { fixtureCatalog } from '../../test/fixture-catalog';
import { firstViewCatalog, firstViewIndexOf } from '../../data/first-view-index';
import { initialAppState, useAppStore } from '../../state/store';
import { LayerPanel } from './layer-panel';
import { catalogInStore } from '../../test/catalog-in-store';

beforeEach(() => {
  useAppStore.setState(initialAppState, true);
  useAppStore.setState({ ...catalogInStore(fixtureCatalog) });
});

describe('LayerPanel', () => {
  it('lists each plan with a toggle, its colour key and the schematic note', () => {
    render(<LayerPanel />);
    expect(screen.getAllByRole('checkbox')).toHaveLength(2);
    expect(screen.getByRole('button', { name: '沿沪宁发展轴' })).toBeInTheDocument();
    expect(screen.getByText('示意')).toBeInTheDocument();
  });

  it('ticks the plans shown while only the first view\'s index is in, as the map draws them', () => {
    const index = firstViewCatalog(firstViewIndexOf(fixtureCatalog));
    useAppStore.setState({ catalog: { status: 'ready', catalog: index, partial: true }, hiddenPlanIds: ['district'] });
    render(<LayerPanel />);
    expect(screen.getAllByRole('checkbox').map((box) => (box as HTMLInputElement).checked)).toEqual([true, false]);
    expect(screen.getByRole('button', { name: '沿沪宁发展轴' })).toBeInTheDocument();
  });

  it('hides a plan and its key when switched off', async () => {
    render(<LayerPanel />);
    const [city] = screen.getAllByRole('checkbox');
    await userEvent.click(city!);
    expect(useAppStore.getState().hiddenPlanIds).toEqual(['city']);
    expect(screen.queryByRole('button', { name: '沿沪宁发展轴' })).toBeNull();
  });

  it('shows a switched-off plan on while one of its zones is picked, says why, and gives the choice back after', () => {
    useAppStore.setState({ hiddenPlanIds: ['district'] });
    render(<LayerPanel />);
    const district = () => screen.getAllByRole('checkbox')[1]!;
    expect(district()).not.toBeChecked();
    act(() => useAppStore.getState().zoneSelected('district-east'));
    expect(district()).toBeChecked();
    expect(district()).toHaveAccessibleDescription('因所选区域暂时显示，点击可保留');
    expect(useAppStore.getState().hiddenPlanIds).toEqual(['district']);
    act(() => useAppStore.getState().selectionCleared());
    expect(district()).not.toBeChecked();
    expect(screen.queryByTestId('layer-revealed')).toBeNull();
  });

  it('opens a zone from its key', async () => {
    render(<LayerPanel />);
    const panel = within(screen.getByTestId('layer-panel'));
    await userEvent.click(panel.getByRole('button', { name: '东部片区' }));
    expect(useAppStore.getState().selectedZoneId).toBe('district-east');
  });
});
