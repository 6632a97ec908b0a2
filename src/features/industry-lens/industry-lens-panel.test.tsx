// @vitest-environment jsdom
import { act, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { Catalog } from '../../data/catalog-schema';
import { codeNames } from '../../data/code-table';
import { setCodeNames } from '../../data/use-code-table';
import { initialAppState, useAppStore } from '../../state/store';
import { fixtureCatalog } from '../../test/fixture-catalog';
import { IndustryLensPanel } from './industry-lens-panel';
import { catalogInStore } from '../../test/catalog-in-store';
import { catalogLinksOf, catalogWithLinks } from '../../data/catalog-links';
import { firstViewCatalog, firstViewIndexOf } from '../../data/first-view-index';
import { planDetailOf } from '../../data/plan-detail';

// An alias that no name contains, and an industry nothing uses, on top of the shared fixture.
const catalog: Catalog = {
  ...fixtureCatalog,
  industries: [
    ...fixtureCatalog.industries.map((i) => (i.id === 'inspection' ? { ...i, aliases: ['TIC'] } : i)),
    { id: 'unused', name: { zh: '未用产业', en: 'Unused industry' }, aliases: [], sector: 'other', familyId: 'tech' },
  ],
  families: fixtureCatalog.families.map((f) => (f.id === 'tech' ? { ...f, industryIds: [...f.industryIds, 'unused'] } : f)),
};

const name = (zh: string, en: string) => ({ zh, en });
beforeAll(() =>
  setCodeNames(
    codeNames({
      version: 't',
      gbt4754: [
        { code: 'J', name: name('金融业', 'Finance') },
        { code: 'J66', name: name('货币金融服务', 'Monetary and banking services') },
      ],
      sei2018: [],
      producer2019: [{ code: '04', name: name('金融服务', 'Financial services') }],
      consumer2019: [],
    }),
  ),
);
afterAll(() => setCodeNames(undefined));

beforeEach(() => {
  useAppStore.setState(initialAppState, true);
  useAppStore.setState({ ...catalogInStore(catalog) });
});

const button = (name: RegExp) => screen.getByRole('button', { name });

describe('IndustryLensPanel', () => {
  it('lists the families with their industries in use, each with how many places have it', () => {
    render(<IndustryLensPanel />);
    expect(screen.getByRole('heading', { name: /^金融\s*3/ })).toBeInTheDocument();
    expect(button(/^金融服务\s*3/)).toBeInTheDocument();
    expect(button(/^生物医药\s*2/)).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /未用产业/ })).toBeNull();
  });

  it('finds an industry by an alias, case-insensitively, and a whole family by its name', async () => {
    render(<IndustryLensPanel />);
    await userEvent.type(screen.getByLabelText('筛选产业'), 'tic');
    expect(button(/检验检测认证/)).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /金融服务/ })).toBeNull();
    await userEvent.clear(screen.getByLabelText('筛选产业'));
    await userEvent.type(screen.getByLabelText('筛选产业'), '科技服务');
    expect(button(/数字经济/)).toBeInTheDocument();
    await userEvent.clear(screen.getByLabelText('筛选产业'));
    await userEvent.type(screen.getByLabelText('筛选产业'), 'nothing like it');
    expect(screen.getByText('没有匹配的产业。')).toBeInTheDocument();
  });

  it('opens a family: its codes, industries, places grouped by plan with their period and citation, targets and tasks', async () => {
    render(<IndustryLensPanel />);
    await userEvent.click(button(/^金融\s*3/));
    expect(useAppStore.getState()).toMatchObject({ lensFamilyId: 'money', lensIndustryId: undefined });
    const detail = screen.getByTestId('lens-detail');
    expect(within(detail).getByRole('heading', { name: '金融' })).toHaveFocus();
    expect(screen.getByTestId('lens-summary')).toHaveTextContent('1 个产业 · 3 处');
    expect(within(detail).getAllByRole('definition')[0]).toHaveTextContent('门类 J 金融业');
    const city = within(detail).getByRole('region', { name: '一环两轴' });
    expect(city).toHaveTextContent('市级规划 · “十四五” 2021–2025');
    expect(within(city).getByRole('button', { name: /^环\s*发展环/ })).toHaveTextContent(/规划明确 · 金融服务\s*行 10–12\s*“?发展环/);
    expect(within(city).getByRole('button', { name: /金融中心/ })).toHaveTextContent('位于 发展环');
    expect(within(detail).getByRole('region', { name: '东中西' })).toHaveTextContent('东部片区');
    expect(detail).toHaveTextContent('集聚数字金融企业');
    expect(detail).toHaveTextContent('推动金融服务数字化');
    expect(detail).toHaveTextContent('责任单位 市发改委、市金融监管局');
  });

  it('opens an industry from its family, says when a zone has it only through a carrier, and selects the zone', async () => {
    useAppStore.setState({ lensFamilyId: 'life' });
    render(<IndustryLensPanel />);
    await userEvent.click(button(/^生物医药$/));
    expect(useAppStore.getState()).toMatchObject({ lensIndustryId: 'biomedicine', lensFamilyId: undefined });
    const zone = button(/片区\s*东部片区/);
    expect(zone).toHaveTextContent('经由载体 生物医药园');
    await userEvent.click(button(/产业族 生命健康/));
    expect(useAppStore.getState().lensFamilyId).toBe('life');
    await userEvent.click(button(/片区\s*东部片区/));
    expect(useAppStore.getState().selectedZoneId).toBe('district-east');
  });

  it('marks the zone a matrix cell opened the lens with', () => {
    useAppStore.getState().familyPicked('money', { zoneId: 'district-east' });
    render(<IndustryLensPanel />);
    expect(button(/片区\s*东部片区/)).toHaveAttribute('aria-current', 'true');
    expect(button(/^环\s*发展环/)).not.toHaveAttribute('aria-current');
  });

  it('clears back to the list, focus on what was cleared', async () => {
    render(<IndustryLensPanel />);
    await userEvent.click(button(/^金融服务\s*3/));
    await userEvent.click(button(/^清除$/));
    expect(useAppStore.getState().lensIndustryId).toBeUndefined();
    expect(screen.queryByTestId('lens-detail')).toBeNull();
    expect(button(/^金融服务\s*3/)).toHaveFocus();
  });

  it('says so when nothing is assigned the picked industry', () => {
    useAppStore.setState({ lensIndustryId: 'unused' });
    render(<IndustryLensPanel />);
    expect(screen.getByText('没有规划要素安排此产业。')).toBeInTheDocument();
  });

  it('moves between families and industries with the arrow keys', async () => {
    render(<IndustryLensPanel />);
    await userEvent.click(screen.getByLabelText('筛选产业'));
    await userEvent.keyboard('{ArrowDown}');
    expect(document.activeElement).toHaveTextContent(/^金融\s*3/);
    await userEvent.keyboard('{ArrowRight}');
    expect(document.activeElement).toHaveTextContent(/^金融服务/);
    await userEvent.keyboard('{End}');
    expect(button(/^生物医药\s*2/)).toHaveFocus();
  });

  it('speaks English throughout, names and codes included', () => {
    useAppStore.setState({ lensFamilyId: 'money' });
    render(<IndustryLensPanel />);
    act(() => useAppStore.getState().localeChosen('en'));
    expect(screen.getByRole('heading', { name: 'Finance' })).toBeInTheDocument();
    expect(screen.getByTestId('lens-summary')).toHaveTextContent('1 industry · 3 places');
    expect(screen.getAllByRole('definition')[0]).toHaveTextContent('Section J Finance');
    expect(screen.getByRole('region', { name: 'One ring, two axes' })).toHaveTextContent(/Development ring\s*stated by the plan · Financial services/);
    expect(screen.getByRole('button', { name: 'Clear' })).toBeInTheDocument();
    expect(screen.getByTestId('lens-detail')).toHaveTextContent('Lead units Development and Reform Commission; Financial Regulatory Bureau');
  });

  it('shows a lens’s places across plans at once from the links, and each plan’s citations as its detail arrives', () => {
    const linked = catalogWithLinks(firstViewCatalog(firstViewIndexOf(catalog)), catalogLinksOf(catalog));
    useAppStore.setState({ catalog: { status: 'ready', catalog: linked }, planDetails: {} });
    render(<IndustryLensPanel />);
    act(() => useAppStore.getState().familyPicked('money'));
    const detail = screen.getByTestId('lens-detail');
    const ring = () => within(within(detail).getByRole('region', { name: '一环两轴' })).getByRole('button', { name: /^环\s*发展环/ });
    expect(within(detail).getByRole('region', { name: '东中西' })).toHaveTextContent('东部片区');
    expect(ring()).not.toHaveTextContent('行 10–12');
    expect(Object.keys(useAppStore.getState().planDetails).sort()).toEqual(['city', 'district']);

    act(() => useAppStore.getState().planDetailLoaded(planDetailOf(catalog, catalog.plans.find((plan) => plan.id === 'city')!)));
    expect(ring()).toHaveTextContent(/行 10–12\s*“?发展环/);
    act(() => useAppStore.getState().planDetailFailed('district', 'data/plan-details/district.json', ['HTTP 404']));
    expect(screen.getByRole('alert')).toHaveTextContent('data/plan-details/district.json');
    expect(within(detail).getByRole('region', { name: '东中西' })).toHaveTextContent('东部片区');
  });
});
