// @vitest-environment jsdom
import { act, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { fixtureCatalog } from '../../test/fixture-catalog';
import { initialAppState, useAppStore } from '../../state/store';
import { ZonePanel } from './zone-panel';

beforeEach(() => {
  useAppStore.setState(initialAppState, true);
  useAppStore.setState({ catalog: { status: 'ready', catalog: fixtureCatalog } });
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
});
