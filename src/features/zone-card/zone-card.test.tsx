// @vitest-environment jsdom
import { act, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { indexCatalog } from '../../data/catalog-index';
import { fixtureCatalog } from '../../test/fixture-catalog';
import { initialAppState, useAppStore } from '../../state/store';
import { ZoneCard } from './zone-card';

const withSections = {
  ...fixtureCatalog,
  sources: [{ ...fixtureCatalog.sources[0]!, sections: [{ line: 9, title: '四、空间布局' }] }],
};
const index = indexCatalog(withSections);

beforeEach(() => {
  useAppStore.setState(initialAppState, true);
  useAppStore.setState({ catalog: { status: 'ready', catalog: withSections } });
});

function renderCard(zoneId: string) {
  return render(<ZoneCard zone={index.zone(zoneId)!} index={index} />);
}

describe('ZoneCard', () => {
  it('shows the zone, its role, industries, carriers and targets', () => {
    renderCard('city-ring');
    expect(screen.getByRole('heading', { level: 2, name: '发展环' })).toBeInTheDocument();
    expect(screen.getByText('高质量发展环')).toBeInTheDocument();
    const industries = within(screen.getByRole('region', { name: '产业' }));
    expect(industries.getAllByRole('button').map((b) => b.textContent)).toEqual(['金融服务', '数字经济']);
    expect(within(screen.getByRole('region', { name: '载体' })).getByText('金融中心', { selector: '.carrier__name' })).toBeInTheDocument();
    expect(within(screen.getByRole('region', { name: '目标' })).getByText('建成高质量发展环')).toBeInTheDocument();
  });

  it('traces facts to document, section and lines, and marks inferred ones', () => {
    renderCard('district-east');
    const sources = within(screen.getByRole('region', { name: '出处' }));
    expect(sources.getByText('示例规划')).toBeInTheDocument();
    expect(sources.getByText('四、空间布局')).toBeInTheDocument();
    expect(sources.getByText('行 20–21')).toBeInTheDocument();
    const carriers = within(screen.getByRole('region', { name: '载体' }));
    expect(carriers.getByText('出处 · 1', { exact: false, selector: 'summary' })).toHaveTextContent('推断');
    expect(carriers.getAllByText('推断').length).toBe(2);
  });

  it('shows plan-wide targets in their own section with baseline and target year', () => {
    renderCard('city-ring');
    const planTargets = within(screen.getByRole('region', { name: '全规划目标' }));
    expect(planTargets.getByText(/服务业增加值/, { selector: '.target__indicator' })).toHaveTextContent('（亿元）');
    expect(planTargets.getByText('2020年基期：11,000')).toBeInTheDocument();
    expect(planTargets.getByText('14,000').parentElement).toHaveTextContent('2025年目标：14,000');
  });

  it('opens the industry lens from a chip and locates a carrier', async () => {
    renderCard('city-ring');
    await userEvent.click(screen.getByRole('button', { name: '金融服务' }));
    expect(useAppStore.getState().lensIndustryId).toBe('finance');
    await userEvent.click(screen.getByRole('button', { name: '定位' }));
    expect(useAppStore.getState().focusedCarrierId).toBe('city-hub');
  });

  it('switches every name to English', () => {
    renderCard('city-ring');
    act(() => useAppStore.getState().localeChosen('en'));
    expect(screen.getByRole('heading', { level: 2, name: 'Development ring' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Financial services' })).toBeInTheDocument();
  });

  it('says in English what each year is and the unit', () => {
    useAppStore.setState({ locale: 'en' });
    renderCard('city-ring');
    const planTargets = within(screen.getByRole('region', { name: 'Targets for the whole plan' }));
    expect(planTargets.getByText('Service value added', { exact: false, selector: '.target__indicator' })).toHaveTextContent(
      'Service value added (CNY 100 million)',
    );
    expect(planTargets.getByText('baseline 2020: 11,000')).toBeInTheDocument();
    expect(planTargets.getByText('14,000').parentElement).toHaveTextContent('target 2025: 14,000');
  });

  it('says in English why a fact is inferred, and keeps quotations in the original, marked as Chinese', () => {
    useAppStore.setState({ locale: 'en' });
    renderCard('district-east');
    expect(screen.getByText('Inferred from the subdistrict')).toBeInTheDocument();
    expect(screen.queryByText('由街道推断')).toBeNull();
    const quotes = document.querySelectorAll('q');
    expect(quotes.length).toBeGreaterThan(0);
    for (const quote of quotes) expect(quote).toHaveAttribute('lang', 'zh');
  });
});
