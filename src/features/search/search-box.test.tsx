// @vitest-environment jsdom
import { act, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { initialAppState, useAppStore } from '../../state/store';
import { fixtureCatalog } from '../../test/fixture-catalog';
import { SearchBox } from './search-box';
import { buildSearchIndex } from './search-keys';
import { forgetSearchIndex } from './use-search-index';

const serveIndex = () =>
  vi.fn(async () => new Response(JSON.stringify(buildSearchIndex(fixtureCatalog)), { status: 200 }));

beforeEach(() => {
  useAppStore.setState(initialAppState, true);
  useAppStore.setState({ catalog: { status: 'ready', catalog: fixtureCatalog } });
  forgetSearchIndex();
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
    const options = await screen.findAllByRole('option');
    expect(options.map((o) => o.textContent)).toEqual([
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
