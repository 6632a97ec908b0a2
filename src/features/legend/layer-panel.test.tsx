// @vitest-environment jsdom
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { fixtureCatalog } from '../../test/fixture-catalog';
import { initialAppState, useAppStore } from '../../state/store';
import { LayerPanel } from './layer-panel';

beforeEach(() => {
  useAppStore.setState(initialAppState, true);
  useAppStore.setState({ catalog: { status: 'ready', catalog: fixtureCatalog } });
});

describe('LayerPanel', () => {
  it('lists each plan with a toggle, its colour key and the schematic note', () => {
    render(<LayerPanel />);
    expect(screen.getAllByRole('checkbox')).toHaveLength(2);
    expect(screen.getByRole('button', { name: '沿沪宁发展轴' })).toBeInTheDocument();
    expect(screen.getByText('示意')).toBeInTheDocument();
  });

  it('hides a plan and its key when switched off', async () => {
    render(<LayerPanel />);
    const [city] = screen.getAllByRole('checkbox');
    await userEvent.click(city!);
    expect(useAppStore.getState().hiddenPlanIds).toEqual(['city']);
    expect(screen.queryByRole('button', { name: '沿沪宁发展轴' })).toBeNull();
  });

  it('opens a zone from its key', async () => {
    render(<LayerPanel />);
    const panel = within(screen.getByTestId('layer-panel'));
    await userEvent.click(panel.getByRole('button', { name: '东部片区' }));
    expect(useAppStore.getState().selectedZoneId).toBe('district-east');
  });
});
