// @vitest-environment jsdom
import { act, render, screen, waitFor, within } from '@testing-library/react';
import { flushSync } from 'react-dom';
import { createRoot } from 'react-dom/client';
import userEvent from '@testing-library/user-event';
import { indexCatalog } from '../../data/catalog-index';
import { fixtureCatalog } from '../../test/fixture-catalog';
import { initialAppState, useAppStore } from '../../state/store';
import { ZoneCard } from './zone-card';
import { catalogWithDraft } from '../../data/draft-catalog';
import { editedZone } from '../../data/draft-model';
import { catalogInStore } from '../../test/catalog-in-store';

const withSections = {
  ...fixtureCatalog,
  sources: [{ ...fixtureCatalog.sources[0]!, sections: [{ line: 9, title: '四、空间布局' }] }],
};
const index = indexCatalog(withSections);

beforeEach(() => {
  useAppStore.setState(initialAppState, true);
  useAppStore.setState({ ...catalogInStore(withSections) });
});

/** Once the last card rendered has drawn its lists, which come after the frame that shows its head. */
const listsDrawn = () => waitFor(() => expect(screen.getAllByTestId('zone-card').at(-1)).not.toHaveAttribute('aria-busy'));

async function renderCard(zoneId: string) {
  const rendered = render(<ZoneCard zone={index.zone(zoneId)!} index={index} />);
  await listsDrawn();
  return rendered;
}

describe("ZoneCard of a draft's edit of a plan zone", () => {
  it('names the zone it edits, lists what the draft changed, and cites nothing', async () => {
    const plan = index.zone('district-east')!;
    const edit = { ...editedZone(plan, undefined), industryIds: ['finance', 'digital-economy'], carrierIds: ['city-hub'] };
    act(() => useAppStore.getState().draftOpened([edit]));
    const drafted = indexCatalog(catalogWithDraft(withSections, [edit]));
    render(<ZoneCard zone={drafted.zone(edit.id)!} index={drafted} />);
    await listsDrawn();
    // The note's code comes with draft mode, not with the first view.
    const changes = within(await screen.findByRole('region', { name: '草稿改动（无出处）' }, { timeout: 5000 }));
    expect(changes.getByText(/修改自 东部片区/)).toBeInTheDocument();
    expect(changes.getAllByRole('listitem').map((li) => li.textContent)).toEqual([
      '新增产业: 数字经济',
      '移除产业: 检验检测认证',
      '新增载体: 金融中心',
      '移除载体: 生物医药园',
    ]);
    expect(screen.queryByRole('region', { name: '出处' })).toBeNull();
    // The carrier moved in is listed, without the sources that place it in the plan's ring.
    expect(within(screen.getByRole('region', { name: '载体' })).getByText('金融中心')).toBeInTheDocument();
    expect(document.querySelector('.carrier__sources')).toBeNull();
    await userEvent.click(changes.getByRole('button', { name: '查看规划原区域及出处' }));
    expect(useAppStore.getState().selectedZoneId).toBe('district-east');
  });
});

describe('ZoneCard', () => {
  it('shows the zone, its role, industries, carriers and targets', async () => {
    await renderCard('city-ring');
    expect(screen.getByRole('heading', { level: 2, name: '发展环' })).toBeInTheDocument();
    expect(screen.getByText('高质量发展环')).toBeInTheDocument();
    const industries = within(screen.getByRole('region', { name: '产业' }));
    expect(industries.getAllByRole('button').map((b) => b.textContent)).toEqual(['金融服务', '数字经济']);
    expect(within(screen.getByRole('region', { name: '载体' })).getByText('金融中心', { selector: '.carrier__name' })).toBeInTheDocument();
    expect(within(screen.getByRole('region', { name: '目标' })).getByText('建成高质量发展环')).toBeInTheDocument();
  });

  it('traces facts to document, section and lines, and marks inferred ones', async () => {
    await renderCard('district-east');
    const sources = within(screen.getByRole('region', { name: '出处' }));
    expect(sources.getByText('示例规划')).toBeInTheDocument();
    expect(sources.getByText('四、空间布局')).toBeInTheDocument();
    expect(sources.getByText('行 20–21')).toBeInTheDocument();
    const carriers = within(screen.getByRole('region', { name: '载体' }));
    expect(carriers.getByText('出处 · 1', { exact: false, selector: 'summary' })).toHaveTextContent('推断');
    expect(carriers.getAllByText('推断').length).toBe(2);
  });

  it('leaves plan-wide targets to the plan targets panel, one tap away', async () => {
    await renderCard('city-ring');
    expect(screen.queryByText(/服务业增加值/)).toBeNull();
    await userEvent.click(screen.getByRole('button', { name: '本规划目标（3）' }));
    expect(useAppStore.getState()).toMatchObject({ panel: 'targets', targetsPlanId: 'city' });
  });

  it('puts the industries the plan names as core first, marked, with the words that say so', async () => {
    await renderCard('district-east');
    const industries = within(screen.getByRole('region', { name: '产业' }));
    expect(industries.getAllByRole('button').map((b) => b.textContent)).toEqual(['检验检测认证核心', '金融服务', '生物医药']);
    expect(within(screen.getByTestId('core-sources')).getByText('检验检测认证等重点领域')).toBeInTheDocument();
    expect(within(screen.getByTestId('core-sources')).getByText('行 21–21')).toBeInTheDocument();
  });

  it('badges carriers without a location and says how many there are', async () => {
    const unplaced = { ...index.carrier('district-park')!, coord: undefined, precision: undefined };
    const catalog = { ...withSections, carriers: [fixtureCatalog.carriers[0]!, unplaced] };
    const local = indexCatalog(catalog);
    render(<ZoneCard zone={local.zone('district-east')!} index={local} />);
    await listsDrawn();
    const carriers = within(screen.getByRole('region', { name: '载体' }));
    expect(carriers.getByRole('heading', { level: 3 })).toHaveTextContent('载体 1其中 1 个无位置');
    expect(carriers.getByText('无位置')).toBeInTheDocument();
    expect(carriers.queryByRole('button', { name: '定位' })).toBeNull();
  });

  it('dates the plan and marks it once its period has ended', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date(2024, 5, 1));
    const { unmount } = await renderCard('city-ring');
    expect(screen.getByText(/2021–2025/)).toBeInTheDocument();
    expect(screen.queryByText('已到期')).toBeNull();
    unmount();
    vi.setSystemTime(new Date(2026, 10, 30));
    await renderCard('city-ring');
    expect(screen.getByText('已到期')).toBeInTheDocument();
    vi.useRealTimers();
  });

  it('shows the 2022 tasks that name one of its carriers, with their lead units', async () => {
    await renderCard('city-ring');
    const tasks = within(screen.getByRole('region', { name: '2022 年重点工作' }));
    expect(tasks.getByText('推动金融服务数字化')).toBeInTheDocument();
    expect(screen.getByRole('region', { name: '2022 年重点工作' })).toHaveTextContent('涉及载体 金融中心');
    expect(screen.getByRole('region', { name: '2022 年重点工作' })).toHaveTextContent('责任单位 市发改委、市金融监管局');
    await renderCard('district-east');
    expect(screen.getAllByRole('region', { name: '2022 年重点工作' })).toHaveLength(1);
  });

  it('opens the industry lens from a chip and locates a carrier', async () => {
    await renderCard('city-ring');
    await userEvent.click(screen.getByRole('button', { name: '金融服务' }));
    expect(useAppStore.getState().lensIndustryId).toBe('finance');
    await userEvent.click(screen.getByRole('button', { name: '定位' }));
    expect(useAppStore.getState().focusedCarrierId).toBe('city-hub');
  });

  it("paints a picked zone's head and industries in the pick's own render, and its lists right after", async () => {
    const actEnvironment = (globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT;
    (globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = false;
    const root = createRoot(document.body.appendChild(document.createElement('div')));
    try {
      // A click's update is rendered at once (a discrete event); what a frame shows is what that render made.
      flushSync(() => root.render(<ZoneCard zone={index.zone('city-ring')!} index={index} />));
      expect(screen.getByRole('heading', { level: 2, name: '发展环' })).toBeInTheDocument();
      expect(screen.getByRole('region', { name: '产业' })).toBeInTheDocument();
      expect(screen.queryByRole('region', { name: '载体' })).toBeNull();
      expect(screen.getByTestId('zone-card')).toHaveAttribute('aria-busy', 'true');
      await waitFor(() => expect(screen.getByRole('region', { name: '载体' })).toBeInTheDocument());
      expect(screen.getByRole('region', { name: '出处' })).toBeInTheDocument();
      expect(screen.getByTestId('zone-card')).not.toHaveAttribute('aria-busy');
      // The next pick: its own head at once, never the previous zone's lists under it.
      flushSync(() => root.render(<ZoneCard zone={index.zone('district-east')!} index={index} />));
      expect(screen.getByRole('heading', { level: 2, name: '东部片区' })).toBeInTheDocument();
      expect(screen.queryByText('金融中心', { selector: '.carrier__name' })).toBeNull();
      await waitFor(() => expect(screen.getByTestId('zone-card')).not.toHaveAttribute('aria-busy'));
    } finally {
      root.unmount();
      (globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = actEnvironment;
    }
  });

  it('switches every name to English', async () => {
    await renderCard('city-ring');
    act(() => useAppStore.getState().localeChosen('en'));
    expect(screen.getByRole('heading', { level: 2, name: 'Development ring' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Financial services' })).toBeInTheDocument();
  });

  it('says in English why a fact is inferred, and keeps quotations in the original, marked as Chinese', async () => {
    useAppStore.setState({ locale: 'en' });
    await renderCard('district-east');
    expect(screen.getByText('Inferred from the subdistrict')).toBeInTheDocument();
    expect(screen.queryByText('由街道推断')).toBeNull();
    const quotes = document.querySelectorAll('q');
    expect(quotes.length).toBeGreaterThan(0);
    for (const quote of quotes) expect(quote).toHaveAttribute('lang', 'zh');
  });
});
