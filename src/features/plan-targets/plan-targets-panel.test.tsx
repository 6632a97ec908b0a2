// @vitest-environment jsdom
import { act, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { initialAppState, useAppStore } from '../../state/store';
import { fixtureCatalog } from '../../test/fixture-catalog';
import { PlanTargetsPanel } from './plan-targets-panel';
import { catalogInStore } from '../../test/catalog-in-store';
import { planDetailOf } from '../../data/plan-detail';

beforeEach(() => {
  useAppStore.setState(initialAppState, true);
  useAppStore.setState({ ...catalogInStore(fixtureCatalog) });
});

describe('PlanTargetsPanel', () => {
  it('shows the indicator table with its groups in order, and the targets from the text apart', () => {
    render(<PlanTargetsPanel />);
    const table = within(screen.getByTestId('indicator-table'));
    expect(table.getByRole('heading', { level: 3 })).toHaveTextContent('表 1 指标体系');
    expect(table.getAllByRole('heading', { level: 4 }).map((h) => h.textContent)).toEqual(['总量规模', '产业结构']);
    const groups = table.getAllByRole('list').filter((list) => list.classList.contains('targets'));
    expect(groups.map((list) => within(list).getAllByText(/./, { selector: '.target__indicator' }).map((el) => el.textContent))).toEqual([
      ['服务业增加值（亿元）'],
      ['生产性服务业占比（%）'],
    ]);
    const text = within(screen.getByRole('region', { name: '正文中的目标' }));
    expect(text.getByText(/软件业收入/)).toBeInTheDocument();
    expect(text.queryByText(/服务业增加值/)).toBeNull();
  });

  it('labels the bars from baseline to target, so nobody reads them as progress', () => {
    render(<PlanTargetsPanel />);
    const bar = screen.getAllByRole('img', { name: /2020年基期 → 2025年目标/ })[0]!;
    expect(bar).toHaveTextContent('2020年基期');
    expect(bar).toHaveTextContent('2025年目标');
    expect(screen.getByText('2020年基期：11,000')).toBeInTheDocument();
  });

  it('says in English what each year is and the unit', () => {
    useAppStore.setState({ locale: 'en' });
    render(<PlanTargetsPanel />);
    const table = within(screen.getByTestId('indicator-table'));
    expect(table.getByText('Service value added', { exact: false, selector: '.target__indicator' })).toHaveTextContent(
      'Service value added (CNY 100 million)',
    );
    expect(table.getByText('baseline 2020: 11,000')).toBeInTheDocument();
    expect(table.getByText('14,000').parentElement).toHaveTextContent('target 2025: 14,000');
    expect(table.getAllByRole('img', { name: /baseline 2020 → target 2025/ }).length).toBeGreaterThan(0);
  });

  it('follows the selected zone’s plan and lets the user choose another, in English too', async () => {
    useAppStore.setState({ selectedZoneId: 'district-east' });
    render(<PlanTargetsPanel />);
    expect(screen.getByRole('combobox')).toHaveValue('district');
    expect(screen.queryByTestId('indicator-table')).toBeNull();
    expect(screen.getByText(/集聚数字金融企业/, { selector: '.target__indicator' })).toBeInTheDocument();
    await userEvent.selectOptions(screen.getByRole('combobox'), 'city');
    act(() => useAppStore.getState().localeChosen('en'));
    expect(screen.getByRole('heading', { level: 2 })).toHaveTextContent('Plan targets');
    expect(screen.getByRole('heading', { name: 'Targets stated in the text' })).toBeInTheDocument();
    expect(useAppStore.getState().targetsPlanId).toBe('city');
    expect(screen.getByTestId('indicator-table')).toHaveTextContent('Table 1: indicators');
  });

  it('fetches the detail of the plan it shows alone, and every plan’s once the list of plans is opened', async () => {
    useAppStore.setState({ planDetails: {}, selectedZoneId: 'district-east' });
    render(<PlanTargetsPanel />);
    expect(Object.keys(useAppStore.getState().planDetails)).toEqual(['district']);
    act(() => useAppStore.getState().planDetailLoaded(planDetailOf(fixtureCatalog, fixtureCatalog.plans.find((p) => p.id === 'district')!)));
    expect(screen.getByText(/集聚数字金融企业/, { selector: '.target__indicator' })).toBeInTheDocument();
    expect(Object.keys(useAppStore.getState().planDetails)).toEqual(['district']);
    await userEvent.click(screen.getByRole('combobox'));
    expect(Object.keys(useAppStore.getState().planDetails).sort()).toEqual(['city', 'district']);
  });
});
