// @vitest-environment jsdom
import { act, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { initialAppState, useAppStore } from '../../state/store';
import { fixtureCatalog } from '../../test/fixture-catalog';
import { MatrixPanel } from './matrix-panel';
import { catalogWithDraft } from '../../data/draft-catalog';
import { drawnZone } from '../../data/draft-model';
import { catalogInStore } from '../../test/catalog-in-store';

beforeEach(() => {
  useAppStore.setState(initialAppState, true);
  useAppStore.setState({ ...catalogInStore(fixtureCatalog) });
});

const row = (zone: string) => screen.getByRole('rowheader', { name: zone }).closest('tr')!;
const zoneOrder = () => screen.getAllByRole('rowheader').filter((th) => th.closest('.matrix__row')).map((th) => th.textContent);

describe('MatrixPanel with a draft', () => {
  it("marks the draft's row and each of its cells, and no plan's", () => {
    const zone = { ...drawnZone([], { type: 'Point', coordinates: [120.6, 31.3] }), industryIds: ['finance', 'biomedicine'] };
    useAppStore.setState({ catalog: { status: 'ready', catalog: catalogWithDraft(fixtureCatalog, []) } });
    act(() => useAppStore.getState().draftOpened([zone]));
    render(<MatrixPanel />);
    const draft = screen.getByRole('rowheader', { name: /草稿区域 1/ }).closest('tr')!;
    expect(within(draft).getByRole('rowheader').textContent).toBe('草稿区域 1草稿');
    const filled = within(draft).getAllByRole('button').filter((b) => b.classList.contains('matrix__cell-button'));
    expect(filled.map((b) => b.getAttribute('aria-label'))).toEqual(['草稿 · 草稿区域 1 · 生产性服务业: 金融服务', '草稿 · 草稿区域 1 · 制造业: 生物医药']);
    expect(filled.every((b) => b.querySelector('.badge--draft'))).toBe(true);
    expect(within(row('东部片区')).queryByText('草稿')).toBeNull();
  });
});

describe('MatrixPanel', () => {
  it('is a table of every zone by sector, each cell naming its industries', () => {
    render(<MatrixPanel />);
    const table = screen.getByRole('table', { name: '区域 × 产业' });
    expect(within(table).getAllByRole('columnheader').map((th) => th.textContent)).toEqual([
      '区域按规划',
      '生产性服务业↕',
      '生活性服务业↕',
      '新兴产业↕',
      '制造业↕',
      '其他↕',
    ]);
    expect(within(table).getByRole('rowheader', { name: /一环两轴/ })).toBeInTheDocument();
    const east = screen.getByRole('rowheader', { name: '东部片区' }).closest('tr')!;
    expect(within(east).getAllByRole('cell').map((td) => td.textContent)).toEqual(['金融服务检验检测认证', '–无', '–无', '生物医药', '–无']);
  });

  it('shows switched-off plans too, and leaves out the plans unticked here', async () => {
    useAppStore.setState({ hiddenPlanIds: ['district'] });
    render(<MatrixPanel />);
    expect(screen.getByRole('rowheader', { name: '东部片区' })).toBeInTheDocument();
    await userEvent.click(screen.getByRole('checkbox', { name: /东中西/ }));
    expect(screen.queryByRole('rowheader', { name: '东部片区' })).toBeNull();
  });

  it('opens a zone on the map from a cell or its name', async () => {
    render(<MatrixPanel />);
    await userEvent.click(screen.getByRole('button', { name: '东部片区 · 制造业: 生物医药' }));
    expect(useAppStore.getState()).toMatchObject({ selectedZoneId: 'district-east', panel: 'zone' });
    expect(useAppStore.getState().framing?.zoneIds).toEqual(['district-east']);
    await userEvent.click(screen.getByRole('button', { name: '沿沪宁发展轴' }));
    expect(useAppStore.getState().selectedZoneId).toBe('city-axis');
  });

  it('switches columns to industry families; a cell names them and opens the family’s lens with its zone marked', async () => {
    render(<MatrixPanel />);
    await userEvent.click(screen.getByRole('button', { name: '产业族' }));
    const headers = screen.getAllByRole('columnheader').map((th) => th.textContent?.replace(/[↕▼]/, ''));
    expect(headers).toEqual(['区域按规划', '金融', '科技服务', '生命健康']);
    await userEvent.click(within(row('东部片区')).getByRole('button', { name: '东部片区 · 金融: 金融服务' }));
    expect(useAppStore.getState()).toMatchObject({ lensFamilyId: 'money', selectedZoneId: 'district-east', panel: 'lens' });
  });

  it('sorts rows by a column and by name, and columns by the zones they cover', async () => {
    render(<MatrixPanel />);
    expect(zoneOrder()).toEqual(['发展环', '沿沪宁发展轴', '东部片区']);
    await userEvent.click(screen.getByRole('button', { name: /^生产性服务业/ }));
    expect(screen.getByRole('columnheader', { name: /^生产性服务业/ })).toHaveAttribute('aria-sort', 'descending');
    expect(zoneOrder()).toEqual(['东部片区东中西', '发展环一环两轴', '沿沪宁发展轴一环两轴']);
    await userEvent.click(screen.getByRole('button', { name: /^区域/ }));
    await userEvent.click(screen.getByRole('button', { name: '按涉及区域数' }));
    const headers = screen.getAllByRole('columnheader').map((th) => th.textContent?.replace(/[↕▼]/, ''));
    expect(headers.slice(1)).toEqual(['生产性服务业', '新兴产业', '制造业', '生活性服务业', '其他']);
  });

  it('downloads the table as CSV, and speaks English', async () => {
    const created: Blob[] = [];
    vi.stubGlobal('URL', Object.assign(URL, { createObjectURL: (blob: Blob) => (created.push(blob), 'blob:x'), revokeObjectURL: () => {} }));
    const click = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => {});
    render(<MatrixPanel />);
    await userEvent.click(screen.getByRole('button', { name: '导出 CSV' }));
    const csv = await created[0]!.text();
    expect(csv.trim().split('\r\n')).toHaveLength(1 + fixtureCatalog.zones.length);
    expect(click).toHaveBeenCalledTimes(1);
    act(() => useAppStore.getState().localeChosen('en'));
    expect(screen.getByRole('button', { name: 'Top 12 industries' })).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Top 12 industries' }));
    expect(screen.getByRole('columnheader', { name: /Financial services/ })).toBeInTheDocument();
    click.mockRestore();
    vi.unstubAllGlobals();
  });
});
