// @vitest-environment jsdom
import { act, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { initialAppState, useAppStore } from '../../state/store';
import { fixtureCatalog } from '../../test/fixture-catalog';
import type { Tour } from '../../data/tour-schema';
import { PresentMode } from './present-mode';
import { catalogInStore } from '../../test/catalog-in-store';

const tours: Tour[] = [
  {
    id: 'city-tour',
    name: { zh: '市级导览', en: 'City tour' },
    planIds: ['city'],
    steps: [{ zoneId: 'city-ring', caption: { zh: '一环说明', en: 'About the ring' } }, { zoneId: 'city-axis' }, { zoneId: 'district-east' }],
  },
];

const step = () => screen.getByTestId('present-step').textContent;
const title = () => screen.getByRole('heading', { level: 2 }).textContent;

function fetchAnswering(body: (url: string) => unknown) {
  return vi.fn(async (url: string) => {
    // The label file is answered empty: framing needs a laid-out map, which jsdom does not have.
    const value = url.endsWith('zone-labels.geojson') ? { type: 'FeatureCollection', features: [] } : body(url);
    return value === undefined ? new Response('not found', { status: 404 }) : new Response(JSON.stringify(value));
  });
}

beforeEach(() => {
  useAppStore.setState(initialAppState, true);
  useAppStore.setState({ ...catalogInStore(fixtureCatalog) });
  window.history.replaceState(null, '', '/');
  vi.stubGlobal('fetch', fetchAnswering(() => undefined));
});

afterEach(() => vi.unstubAllGlobals());

describe('PresentMode', () => {
  it('renders nothing while exploring', () => {
    useAppStore.setState({ tours: { status: 'ready', tours } });
    render(<PresentMode />);
    expect(screen.queryByTestId('present')).toBeNull();
    expect(document.documentElement.dataset.mode).toBe('explore');
  });

  it('opens a link at its step, shows caption and indicator, and moves with buttons and keys', async () => {
    useAppStore.setState({ tours: { status: 'ready', tours } });
    window.history.replaceState(null, '', '/?mode=present&tour=city-tour&step=1');
    render(<PresentMode />);
    await screen.findByTestId('present-step');
    expect(document.documentElement.dataset.mode).toBe('present');
    expect(step()).toBe('1 / 3');
    expect(title()).toBe('发展环');
    expect(screen.getByTestId('present-caption')).toHaveTextContent('一环说明');
    expect(useAppStore.getState().selectedZoneId).toBe('city-ring');
    expect(screen.getByRole('button', { name: '上一步' })).toBeDisabled();

    await userEvent.click(screen.getByRole('button', { name: '下一步' }));
    expect(step()).toBe('2 / 3');
    expect(screen.queryByTestId('present-caption')).toBeNull();
    expect(window.location.search).toContain('step=2');

    await userEvent.keyboard('{PageDown}');
    expect(step()).toBe('3 / 3');
    expect(useAppStore.getState().selectedZoneId).toBe('district-east');
    await userEvent.keyboard('{PageDown}');
    expect(step()).toBe('3 / 3');
    await userEvent.keyboard('{ArrowLeft}');
    expect(step()).toBe('2 / 3');
    await userEvent.keyboard('{End}');
    expect(step()).toBe('3 / 3');
    await userEvent.keyboard('{Home}');
    expect(step()).toBe('1 / 3');
    await userEvent.keyboard(' ');
    expect(step()).toBe('2 / 3');
    await userEvent.click(screen.getByRole('button', { name: '上一步' }));
    expect(step()).toBe('1 / 3');
    // Many simulated key presses: allow for a busy machine.
  }, 15_000);

  it('ignores slide keys typed into a text field', async () => {
    useAppStore.setState({ tours: { status: 'ready', tours } });
    window.history.replaceState(null, '', '/?mode=present&tour=city-tour');
    render(
      <>
        <input aria-label="note" />
        <PresentMode />
      </>,
    );
    await screen.findByTestId('present-step');
    await userEvent.click(screen.getByRole('textbox', { name: 'note' }));
    await userEvent.keyboard('{ArrowRight}{PageDown} ');
    expect(step()).toBe('1 / 3');
  });

  it('leaves with Escape, keeping the zone on screen selected and the link clean', async () => {
    useAppStore.setState({ tours: { status: 'ready', tours } });
    window.history.replaceState(null, '', '/?mode=present&tour=city-tour&step=2&zone=city-axis');
    render(<PresentMode />);
    await screen.findByTestId('present-step');
    await userEvent.keyboard('{Escape}');
    expect(screen.queryByTestId('present')).toBeNull();
    expect(useAppStore.getState()).toMatchObject({ mode: 'explore', tourId: undefined, selectedZoneId: 'city-axis' });
    expect(window.location.search).toBe('?zone=city-axis');
  });

  it('speaks English when asked', async () => {
    useAppStore.setState({ tours: { status: 'ready', tours } });
    window.history.replaceState(null, '', '/?mode=present&tour=city-tour');
    render(<PresentMode />);
    await userEvent.click(await screen.findByRole('button', { name: 'EN' }));
    expect(screen.getByTestId('present-caption')).toHaveTextContent('About the ring');
    expect(screen.getByRole('button', { name: 'Next' })).toBeEnabled();
    expect(screen.getByRole('button', { name: /Exit presentation/ })).toBeInTheDocument();
  });

  it('opens with a notice and the plans’ zones when tours.json is broken', async () => {
    vi.stubGlobal('fetch', fetchAnswering((url) => (url.endsWith('data/tours.json') ? [{ id: 'BAD' }] : undefined)));
    window.history.replaceState(null, '', '/?mode=present&tour=city-tour');
    render(<PresentMode />);
    await screen.findByTestId('present-card');
    const { notices, tours: loaded } = useAppStore.getState();
    expect(notices.map((n) => n.text).join()).toMatch(/导览文件无法读取.*data\/tours\.json/);
    expect(loaded).toMatchObject({ status: 'ready', problems: [expect.stringContaining('data/tours.json')] });
    // The link's tour is not among the fallback tours: the first plan's zones, with a notice.
    expect(notices.map((n) => n.text).join()).toMatch(/tour=city-tour/);
    expect(step()).toBe('1 / 2');
    act(() => useAppStore.getState().tourStepped(1));
    expect(title()).toBe('沿沪宁发展轴');
  });
});
