// @vitest-environment jsdom
import { act, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { Catalog } from '../../data/catalog-schema';
import { initialAppState, useAppStore } from '../../state/store';
import { fixtureCatalog } from '../../test/fixture-catalog';
import { IndustryLensPanel } from './industry-lens-panel';

// An alias that no name contains, and an industry nothing uses, on top of the shared fixture.
const catalog: Catalog = {
  ...fixtureCatalog,
  industries: [
    ...fixtureCatalog.industries.map((i) => (i.id === 'inspection' ? { ...i, aliases: ['TIC'] } : i)),
    { id: 'unused', name: { zh: '未用产业', en: 'Unused industry' }, aliases: [], sector: 'other', familyId: 'tech' },
  ],
  families: fixtureCatalog.families.map((f) => (f.id === 'tech' ? { ...f, industryIds: [...f.industryIds, 'unused'] } : f)),
};

beforeEach(() => {
  useAppStore.setState(initialAppState, true);
  useAppStore.setState({ catalog: { status: 'ready', catalog } });
});

const chip = (name: RegExp) => screen.getByRole('button', { name });

describe('IndustryLensPanel', () => {
  it('lists only industries in use, by sector, with how many plan elements have each', () => {
    render(<IndustryLensPanel />);
    expect(screen.getByRole('heading', { name: /生产性服务业/ })).toBeInTheDocument();
    expect(chip(/^金融服务\s*3/)).toBeInTheDocument();
    expect(chip(/^生物医药\s*2/)).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /未用产业/ })).toBeNull();
  });

  it('finds an industry by an alias, case-insensitively', async () => {
    render(<IndustryLensPanel />);
    await userEvent.type(screen.getByLabelText('筛选产业'), 'tic');
    expect(chip(/检验检测认证/)).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /金融服务/ })).toBeNull();
    await userEvent.clear(screen.getByLabelText('筛选产业'));
    await userEvent.type(screen.getByLabelText('筛选产业'), 'nothing like it');
    expect(screen.getByText('没有匹配的产业。')).toBeInTheDocument();
  });

  it('picking shows its zones across plans and its carriers; clear returns to the list', async () => {
    render(<IndustryLensPanel />);
    await userEvent.click(chip(/^金融服务/));
    expect(useAppStore.getState().lensIndustryId).toBe('finance');
    const detail = screen.getByTestId('lens-detail');
    expect(within(detail).getByRole('heading', { name: '金融服务' })).toHaveFocus();
    expect(detail).toHaveTextContent('又作 金融');
    expect(within(detail).getByRole('heading', { name: /区域\s*2/ })).toBeInTheDocument();
    expect(within(detail).getByRole('region', { name: '一环两轴' })).toHaveTextContent('发展环');
    expect(within(detail).getByRole('region', { name: '东中西' })).toHaveTextContent('东部片区');
    expect(within(detail).getByRole('heading', { name: /载体\s*1/ })).toBeInTheDocument();

    await userEvent.click(within(detail).getByRole('button', { name: /金融中心/ }));
    expect(useAppStore.getState()).toMatchObject({ selectedZoneId: 'city-ring', focusedCarrierId: 'city-hub' });

    await userEvent.click(screen.getByRole('button', { name: '清除' }));
    expect(useAppStore.getState().lensIndustryId).toBeUndefined();
    expect(screen.queryByTestId('lens-detail')).toBeNull();
    expect(chip(/^金融服务/)).toHaveFocus();
  });

  it('says when a zone has the industry only through one of its carriers, and selects it on click', async () => {
    render(<IndustryLensPanel />);
    await userEvent.click(chip(/^生物医药/));
    const zone = screen.getByRole('button', { name: /东部片区/ });
    expect(zone).toHaveTextContent('经由载体 生物医药园');
    await userEvent.click(zone);
    expect(useAppStore.getState().selectedZoneId).toBe('district-east');
  });

  it('says so when nothing is assigned the picked industry', () => {
    useAppStore.setState({ lensIndustryId: 'unused' });
    render(<IndustryLensPanel />);
    expect(screen.getByText('没有规划要素安排此产业。')).toBeInTheDocument();
  });

  it('moves between chips with the arrow keys', async () => {
    render(<IndustryLensPanel />);
    await userEvent.click(screen.getByLabelText('筛选产业'));
    await userEvent.keyboard('{ArrowDown}');
    expect(chip(/^金融服务/)).toHaveFocus();
    await userEvent.keyboard('{ArrowRight}');
    expect(chip(/^检验检测认证/)).toHaveFocus();
    await userEvent.keyboard('{End}');
    expect(chip(/^生物医药/)).toHaveFocus();
  });

  it('switches names between Chinese and English', () => {
    useAppStore.setState({ lensIndustryId: 'finance' });
    render(<IndustryLensPanel />);
    expect(screen.getByRole('heading', { name: '金融服务' })).toBeInTheDocument();
    act(() => useAppStore.getState().localeChosen('en'));
    expect(screen.getByRole('heading', { name: 'Financial services' })).toBeInTheDocument();
    expect(screen.getByRole('region', { name: 'One ring, two axes' })).toHaveTextContent('Development ring');
    expect(screen.getByRole('button', { name: 'Clear' })).toBeInTheDocument();
  });
});
