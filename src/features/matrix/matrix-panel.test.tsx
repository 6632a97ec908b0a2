// @vitest-environment jsdom
import { act, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { initialAppState, useAppStore } from '../../state/store';
import { fixtureCatalog } from '../../test/fixture-catalog';
import { MatrixPanel } from './matrix-panel';

beforeEach(() => {
  useAppStore.setState(initialAppState, true);
  useAppStore.setState({ catalog: { status: 'ready', catalog: fixtureCatalog } });
});

const row = (zone: string) => screen.getByRole('rowheader', { name: zone }).closest('tr')!;

describe('MatrixPanel', () => {
  it('is a table of zones by sector with the counts printed', () => {
    render(<MatrixPanel />);
    const table = screen.getByRole('table', { name: '区域 × 产业' });
    expect(within(table).getAllByRole('columnheader').map((th) => th.textContent)).toEqual([
      '区域',
      '生产性服务业',
      '生活性服务业',
      '新兴产业',
      '制造业',
      '其他',
    ]);
    expect(within(table).getByRole('rowheader', { name: '一环两轴' })).toBeInTheDocument();
    const cells = within(row('东部片区')).getAllByRole('cell').map((td) => td.textContent);
    expect(cells).toEqual(['2', '0', '0', '1', '0']);
  });

  it('drops hidden plans', () => {
    render(<MatrixPanel />);
    expect(screen.getByRole('rowheader', { name: '东部片区' })).toBeInTheDocument();
    act(() => useAppStore.getState().planToggled('district'));
    expect(screen.queryByRole('rowheader', { name: '东部片区' })).toBeNull();
    expect(screen.getByRole('rowheader', { name: '发展环' })).toBeInTheDocument();
  });

  it('selects a zone from its row name', async () => {
    render(<MatrixPanel />);
    await userEvent.click(screen.getByRole('button', { name: '沿沪宁发展轴' }));
    expect(useAppStore.getState()).toMatchObject({ selectedZoneId: 'city-axis', panel: 'zone' });
  });

  it('opens a cell into chips of its industries that pick the lens', async () => {
    render(<MatrixPanel />);
    const cell = within(row('东部片区')).getByRole('button', { name: /^2 · 东部片区 · 生产性服务业/ });
    await userEvent.click(cell);
    expect(cell).toHaveAttribute('aria-expanded', 'true');
    const detail = screen.getByRole('group', { name: '东部片区 · 生产性服务业' });
    expect(within(detail).getAllByRole('button').map((b) => b.textContent)).toEqual(['×', '金融服务', '检验检测认证']);
    await userEvent.click(within(detail).getByRole('button', { name: '检验检测认证' }));
    expect(useAppStore.getState().lensIndustryId).toBe('inspection');
    await userEvent.click(within(detail).getByRole('button', { name: '关闭' }));
    expect(screen.queryByRole('group', { name: /东部片区/ })).toBeNull();
    expect(cell).toHaveFocus();
  });

  it('switches columns to industry families; a cell opens the family’s lens with its zone marked', async () => {
    render(<MatrixPanel />);
    await userEvent.click(screen.getByRole('button', { name: '产业族' }));
    const table = screen.getByRole('table');
    expect(within(table).getAllByRole('columnheader').map((th) => th.textContent)).toEqual(['区域', '金融', '科技服务', '生命健康']);
    await userEvent.click(within(row('东部片区')).getByRole('button', { name: '1 · 东部片区 · 金融' }));
    expect(useAppStore.getState()).toMatchObject({ lensFamilyId: 'money', selectedZoneId: 'district-east', panel: 'lens' });
  });

  it('switches columns to the top industries, in the chosen language', async () => {
    render(<MatrixPanel />);
    await userEvent.click(screen.getByRole('button', { name: '前 12 个产业' }));
    const headers = screen.getAllByRole('columnheader').map((th) => th.textContent);
    expect(headers).toEqual(['区域', '金融服务', '检验检测认证', '数字经济', '生物医药']);
    act(() => useAppStore.getState().localeChosen('en'));
    expect(screen.getByRole('columnheader', { name: 'Financial services' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Eastern zone' })).toBeInTheDocument();
  });
});
