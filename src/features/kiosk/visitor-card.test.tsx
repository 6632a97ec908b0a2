// @vitest-environment jsdom
import { fireEvent, render, screen, within } from '@testing-library/react';
import { indexCatalog } from '../../data/catalog-index';
import { initialAppState, useAppStore } from '../../state/store';
import { fixtureCatalog } from '../../test/fixture-catalog';
import { VisitorCard } from './visitor-card';
import { VisitorOverlap } from './visitor-overlap';
import { catalogInStore } from '../../test/catalog-in-store';

const index = indexCatalog(fixtureCatalog);
const plans = [{ planId: 'city', label: { zh: '市级 · 一环两轴', en: 'City: one ring, two axes' } }];

beforeEach(() => {
  useAppStore.setState(initialAppState, true);
  useAppStore.setState({ ...catalogInStore(fixtureCatalog) });
});

describe('the visitor card', () => {
  it('shows the name, role, industries and a target, with the sources one tap away', () => {
    render(<VisitorCard zone={index.zone('city-ring')!} index={index} plans={plans} />);
    const card = screen.getByTestId('visitor-card');
    expect(within(card).getByRole('heading', { level: 2 })).toHaveTextContent('发展环');
    expect(card).toHaveTextContent('市级 · 一环两轴');
    expect(card).toHaveTextContent('高质量发展环');
    expect(within(card).getAllByRole('listitem').map((chip) => chip.textContent)).toContain('金融服务');
    // Nothing of the expert's card: no line numbers, no inference marks, no document until asked.
    expect(card).not.toHaveTextContent(/行|推断|示例规划|10–12/);

    fireEvent.click(within(card).getByRole('button', { name: '查看出处' }));
    expect(screen.getByTestId('visitor-sources')).toHaveTextContent('示例规划 · 行 10–12');
    fireEvent.click(within(card).getByRole('button', { name: '收起出处' }));
    expect(screen.queryByTestId('visitor-sources')).toBeNull();
  });

  it('speaks English throughout when English is chosen', () => {
    useAppStore.setState({ locale: 'en' });
    render(<VisitorCard zone={index.zone('city-ring')!} index={index} plans={plans} />);
    const card = screen.getByTestId('visitor-card');
    expect(within(card).getByRole('heading', { level: 2 })).toHaveTextContent('Development ring');
    expect(card.textContent).not.toMatch(/[\u4e00-\u9fff]/);
  });
});

describe('the overlap list', () => {
  it('names each area and its plan in plain words, and opens the one chosen', () => {
    render(<VisitorOverlap zoneIds={['city-ring', 'district-east']} index={index} plans={plans} />);
    const list = screen.getByTestId('visitor-overlap');
    expect(within(list).getByRole('heading', { level: 2 })).toHaveTextContent('这里有 2 个区域');
    const options = within(list).getAllByRole('listitem').map((item) => item.textContent);
    expect(options).toEqual(['发展环市级 · 一环两轴', expect.stringMatching(/^东部片区/)]);
    expect(list).not.toHaveTextContent('规划要素');
    fireEvent.click(within(list).getByRole('button', { name: /东部片区/ }));
    expect(useAppStore.getState().selectedZoneId).toBe('district-east');
  });
});
