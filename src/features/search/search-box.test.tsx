// @vitest-environment jsdom
import { act, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { initialAppState, useAppStore } from '../../state/store';
import { fixtureCatalog } from '../../test/fixture-catalog';
import { SearchBox } from './search-box';
import { buildSearchIndex } from '../../data/search-keys';
import { forgetSearchIndex } from './use-search-index';
import codeTable from '../../../public/data/codes.json';
import { setCodeNames } from '../../data/use-code-table';
import { catalogInStore } from '../../test/catalog-in-store';

/** The app's two search files: the pinyin keys and the names of the industry codes. */
const serveIndex = () =>
  vi.fn(async (url: string) =>
    new Response(JSON.stringify(url.endsWith('codes.json') ? codeTable : buildSearchIndex(fixtureCatalog)), { status: 200 }),
  );

beforeEach(() => {
  useAppStore.setState(initialAppState, true);
  useAppStore.setState({ ...catalogInStore(fixtureCatalog) });
  forgetSearchIndex();
  setCodeNames(undefined);
  vi.stubGlobal('fetch', serveIndex());
});

afterEach(() => vi.unstubAllGlobals());

describe('SearchBox', () => {
  it('lists zones, carriers and industries for a pinyin query, with their type and plan', async () => {
    render(<SearchBox />);
    const box = screen.getByRole('combobox', { name: '搜索' });
    await userEvent.click(box);
    expect(fetch).toHaveBeenCalledWith(expect.stringMatching(/data\/search-index\.json$/));
    await userEvent.type(box, 'swyy');
    // A family's counts come once the browser is idle.
    await screen.findByText('1 个产业 · 2 处');
    expect(screen.getAllByRole('option').map((o) => o.textContent)).toEqual([
      '产业族生命健康 （生物医药）1 个产业 · 2 处',
      expect.stringMatching(/^产业生物医药/),
      expect.stringMatching(/^载体生物医药园/),
    ]);
    expect(box).toHaveAttribute('aria-expanded', 'true');
    expect(box).toHaveAttribute('aria-controls', screen.getByRole('listbox').id);

    await userEvent.clear(box);
    await userEvent.type(box, 'dbpq');
    expect(await screen.findByRole('option')).toHaveTextContent('区域东部片区东中西 · 片区');
  });

  it('moves with the arrow keys and chooses a zone with Enter', async () => {
    render(<SearchBox />);
    const box = screen.getByRole('combobox');
    await userEvent.type(box, '发展');
    await userEvent.keyboard('{ArrowDown}{ArrowDown}');
    const active = screen.getAllByRole('option')[1]!;
    expect(box).toHaveAttribute('aria-activedescendant', active.id);
    expect(active).toHaveAttribute('aria-selected', 'true');
    await userEvent.keyboard('{Enter}');
    expect(useAppStore.getState().selectedZoneId).toBe('city-axis');
    expect(useAppStore.getState().panel).toBe('zone');
    expect(box).toHaveAttribute('aria-expanded', 'false');
    expect(box).toHaveValue('沿沪宁发展轴');
  });

  it('closes on Escape without letting the app clear the selection', async () => {
    const appEscape = vi.fn();
    const onKey = (event: KeyboardEvent) => event.key === 'Escape' && appEscape();
    window.addEventListener('keydown', onKey);
    render(<SearchBox />);
    const box = screen.getByRole('combobox');
    await userEvent.type(box, '金融');
    expect(screen.getByRole('listbox')).toBeVisible();
    await userEvent.keyboard('{Escape}');
    expect(box).toHaveAttribute('aria-expanded', 'false');
    expect(screen.queryByRole('option')).toBeNull();
    expect(appEscape).not.toHaveBeenCalled();
    window.removeEventListener('keydown', onKey);
  });

  it('focuses a carrier in its zone, and opens the lens for an industry, on a click', async () => {
    render(<SearchBox />);
    const box = screen.getByRole('combobox');
    await userEvent.type(box, '金融');
    expect(screen.getByRole('option', { name: /金融服务/ })).toHaveTextContent('（金融）');
    await userEvent.click(screen.getByRole('option', { name: /金融中心/ }));
    expect(useAppStore.getState()).toMatchObject({ selectedZoneId: 'city-ring', focusedCarrierId: 'city-hub' });

    await userEvent.clear(box);
    await userEvent.type(box, 'jinrong');
    await userEvent.click(await screen.findByRole('option', { name: /金融服务/ }));
    expect(useAppStore.getState()).toMatchObject({ lensIndustryId: 'finance', panel: 'lens' });
  });

  it('offers the family first, with how many industries and places it has, and opens its lens', async () => {
    render(<SearchBox />);
    await userEvent.type(screen.getByRole('combobox'), '金融');
    const [family] = screen.getAllByRole('option');
    expect(family).toHaveTextContent('产业族金融1 个产业 · 3 处');
    await userEvent.click(family!);
    expect(useAppStore.getState()).toMatchObject({ lensFamilyId: 'money', panel: 'lens' });
  });

  it('names, in the chosen language, the industry that brought a family', async () => {
    act(() => useAppStore.getState().localeChosen('en'));
    render(<SearchBox />);
    await userEvent.type(screen.getByRole('combobox'), 'biomed');
    expect(screen.getAllByRole('option')[0]).toHaveTextContent('Life sciences （Biomedicine）1 industry · 2 places');
  });

  it('finds families and industries by GB/T 4754 code, with or without the 门类 letter', async () => {
    render(<SearchBox />);
    const box = screen.getByRole('combobox');
    await userEvent.type(box, 'C27');
    expect((await screen.findAllByRole('option')).map((o) => o.textContent)).toEqual([
      expect.stringMatching(/^产业族生命健康 （C27）/),
      expect.stringMatching(/^产业生物医药 （C27）/),
    ]);
    await userEvent.clear(box);
    await userEvent.type(box, '2720');
    expect(screen.getAllByRole('option')[1]).toHaveTextContent('生物医药 （C27）');
    await userEvent.clear(box);
    await userEvent.type(box, 'J');
    expect(screen.getAllByRole('option')[0]).toHaveTextContent('金融 （J）');
  });

  it('says so for a code no industry has, and for a malformed one, in both languages', async () => {
    render(<SearchBox />);
    const box = screen.getByRole('combobox');
    await userEvent.type(box, 'B06');
    expect(await screen.findByTestId('search-none')).toHaveTextContent('没有对应代码 B06 的产业');
    expect(screen.getByRole('status')).toHaveTextContent('没有对应代码 B06 的产业');
    await userEvent.clear(box);
    await userEvent.type(box, 'C2');
    expect(screen.getByTestId('search-none')).toHaveTextContent('“C2”不是有效的国民经济行业分类代码');
    act(() => useAppStore.getState().localeChosen('en'));
    expect(screen.getByTestId('search-none')).toHaveTextContent('“C2” is not a valid GB/T 4754 code');
    await userEvent.clear(box);
    await userEvent.type(box, '9');
    await userEvent.type(box, '8');
    expect(screen.getByTestId('search-none')).toHaveTextContent('“98” is not a valid GB/T 4754 code');
  });

  it('fetches the pinyin keys at first use, not with the first view, and says it is loading until they come', async () => {
    let release = () => {};
    const held = new Promise<void>((resolve) => (release = resolve));
    const served = serveIndex();
    vi.stubGlobal(
      'fetch',
      vi.fn(async (url: string) => {
        if (url.endsWith('search-index.json')) await held;
        return served(url);
      }),
    );
    render(<SearchBox />);
    // The first view is drawn and the browser idle: the search's code may come, its keys wait for a visitor.
    act(() => useAppStore.getState().firstViewShown());
    await act(() => new Promise((resolve) => setTimeout(resolve, 20)));
    expect(fetch).not.toHaveBeenCalledWith(expect.stringMatching(/search-index\.json$/));

    const box = screen.getByRole('combobox');
    await userEvent.type(box, 'swyy');
    expect(fetch).toHaveBeenCalledWith(expect.stringMatching(/data\/search-index\.json$/));
    expect(screen.getByRole('status')).toHaveTextContent('正在加载…');
    expect(screen.getByTestId('search-none')).not.toHaveTextContent('无结果');
    release();
    expect((await screen.findAllByRole('option'))[0]).toHaveTextContent('生命健康');
  });

  it('counts a draft’s zones in a family’s places, as the lens does', async () => {
    render(<SearchBox />);
    await userEvent.type(screen.getByRole('combobox'), '金融');
    await waitFor(() => expect(screen.getAllByRole('option')[0]).toHaveTextContent('产业族金融1 个产业 · 3 处'));
    const draftZone = { id: 'draft-a', kind: 'area' as const, name: { zh: '草稿片区', en: 'Draft area' }, role: { zh: '', en: '' } };
    act(() => useAppStore.getState().draftOpened([{ ...draftZone, industryIds: ['finance'], carrierIds: [] }]));
    await waitFor(() => expect(screen.getAllByRole('option')[0]).toHaveTextContent('产业族金融1 个产业 · 4 处'));
    // Through one of its carriers too.
    act(() => useAppStore.getState().draftOpened([{ ...draftZone, industryIds: [], carrierIds: ['city-hub'] }]));
    await waitFor(() => expect(screen.getAllByRole('option')[0]).toHaveTextContent('产业族金融1 个产业 · 4 处'));
  });

  it('answers a keystroke without working out a family’s counts, and shows them once the browser is idle', async () => {
    const idle: (() => void)[] = [];
    vi.stubGlobal('requestIdleCallback', (run: () => void) => idle.push(run));
    vi.stubGlobal('cancelIdleCallback', () => undefined);
    const runIdle = () => act(() => { while (idle.length) idle.shift()!(); });
    // A catalog of its own: the counts of the one other tests use are worked out already.
    useAppStore.setState({ ...catalogInStore({ ...fixtureCatalog }) });
    render(<SearchBox />);
    const box = screen.getByRole('combobox');
    await userEvent.click(box);
    await userEvent.type(box, '金融');
    // The search's own table is built at idle too, or by the query: the option is there, by name, at once.
    const family = () => screen.getAllByRole('option').find((o) => o.textContent!.startsWith('产业族'))!;
    expect(family()).toHaveTextContent(/^产业族金融$/);
    runIdle();
    expect(family()).toHaveTextContent('产业族金融1 个产业 · 3 处');
    // Typed on, the same family keeps its counts.
    await userEvent.type(box, '{Backspace}');
    expect(family()).toHaveTextContent('产业族金融1 个产业 · 3 处');
  });

  it('lists the results of the text in the box after fast typing, each row naming its own result', async () => {
    const user = userEvent.setup({ delay: null });
    render(<SearchBox />);
    const box = screen.getByRole('combobox');
    await user.click(box);
    await user.type(box, 'swyy');
    await screen.findByText('1 个产业 · 2 处');
    const names = () => screen.getAllByRole('option').map((o) => o.textContent);
    const swyy = names();
    // Typed on and back without a pause: kept rows are not drawn again, and still name their own results.
    await user.type(box, '{Backspace}{Backspace}{Backspace}{Backspace}发展{Backspace}{Backspace}swy');
    await user.type(box, 'y');
    expect(box).toHaveValue('swyy');
    expect(names()).toEqual(swyy);
    await user.type(box, '{Backspace}{Backspace}{Backspace}{Backspace}dbpq');
    expect(names()).toEqual([expect.stringMatching(/^区域东部片区/)]);
    await user.clear(box);
    expect(screen.queryByRole('option')).toBeNull();
    await user.type(box, '发展');
    expect(screen.getAllByRole('option')[1]).toHaveAttribute('id', expect.stringMatching(/-option-1$/));
    await user.keyboard('{ArrowDown}{ArrowDown}{Enter}');
    expect(useAppStore.getState().selectedZoneId).toBe('city-axis');
  });

  it('still searches names when the search index cannot be loaded', async () => {
    vi.stubGlobal('fetch', vi.fn(async () => { throw new TypeError('offline'); }));
    render(<SearchBox />);
    const box = screen.getByRole('combobox');
    await userEvent.type(box, 'eastern');
    expect(screen.getByRole('option')).toHaveTextContent('东部片区');
    act(() => useAppStore.getState().localeChosen('en'));
    expect(within(screen.getByRole('listbox')).getByRole('option')).toHaveTextContent('ZoneEastern zone');

    await userEvent.clear(box);
    await userEvent.type(box, 'dbpq');
    expect(screen.queryByRole('option')).toBeNull();
    expect(screen.getByRole('status')).toHaveTextContent('No results');
  });
});
