// @vitest-environment jsdom
import { act, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { initialAppState, useAppStore } from '../../state/store';
import { fixtureCatalog } from '../../test/fixture-catalog';
import { ComparePanel } from './compare-panel';
import { catalogInStore } from '../../test/catalog-in-store';

beforeEach(() => {
  useAppStore.setState(initialAppState, true);
  useAppStore.setState({ ...catalogInStore(fixtureCatalog) });
});

const section = (name: string) => screen.getByRole('region', { name });

describe('ComparePanel', () => {
  it('says how to choose zones while fewer than two are chosen', () => {
    render(<ComparePanel />);
    expect(screen.getByText(/加入对比/)).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: '清空对比' })).toBeNull();
    act(() => useAppStore.getState().zoneCompared('city-ring'));
    expect(screen.getByText(/再选一个区域/)).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'A: 发展环' })).toBeInTheDocument();
  });

  it('shows shared and distinct industries, carriers and targets of two zones', async () => {
    useAppStore.setState({ compareZoneIds: ['city-ring', 'district-east'] });
    render(<ComparePanel />);
    const industries = section('产业');
    const groups = within(industries).getAllByRole('list');
    expect(within(groups[0]!).getAllByRole('button').map((b) => b.textContent)).toEqual(['金融服务']);
    expect(within(groups[1]!).getAllByRole('button').map((b) => b.textContent)).toEqual(['数字经济']);
    expect(within(groups[2]!).getAllByRole('button').map((b) => b.textContent)).toEqual(['检验检测认证', '生物医药']);
    expect(within(industries).getAllByRole('heading', { level: 4 }).map((h) => h.textContent)).toEqual([
      '共同 1',
      'A仅见于发展环',
      'B仅见于东部片区',
    ]);
    expect(section('载体')).toHaveTextContent(/A发展环枢纽 金融中心B东部片区园区 生物医药园/);
    expect(section('目标')).toHaveTextContent(/建成发展环建成高质量发展环.*B东部片区无/);

    await userEvent.click(within(groups[2]!).getByRole('button', { name: '生物医药' }));
    expect(useAppStore.getState()).toMatchObject({ lensIndustryId: 'biomedicine', panel: 'lens' });
  });

  it('removes one zone or clears both', async () => {
    useAppStore.setState({ compareZoneIds: ['city-ring', 'district-east'] });
    render(<ComparePanel />);
    await userEvent.click(screen.getByRole('button', { name: '移出对比: 发展环' }));
    expect(useAppStore.getState().compareZoneIds).toEqual(['district-east']);
    expect(screen.getByRole('button', { name: 'A: 东部片区' })).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: '清空对比' }));
    expect(useAppStore.getState().compareZoneIds).toEqual([]);
  });

  it('speaks English and opens a zone card from its name', async () => {
    useAppStore.setState({ locale: 'en', compareZoneIds: ['city-axis', 'district-east'] });
    render(<ComparePanel />);
    expect(section('Industries')).toHaveTextContent('Shared 1');
    expect(section('Industries')).toHaveTextContent('Only inShanghai–Nanjing axis');
    await userEvent.click(screen.getByRole('button', { name: 'B: Eastern zone' }));
    expect(useAppStore.getState()).toMatchObject({ selectedZoneId: 'district-east', panel: 'zone' });
  });
});
