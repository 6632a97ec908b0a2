// @vitest-environment jsdom
import { act, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { fixtureCatalog } from '../../test/fixture-catalog';
import { initialAppState, useAppStore } from '../../state/store';
import { SheetHead } from './sheet-head';
import { catalogInStore } from '../../test/catalog-in-store';
import { firstViewCatalog, firstViewIndexOf } from '../../data/first-view-index';

beforeEach(() => {
  useAppStore.setState(initialAppState, true);
  useAppStore.setState({ ...catalogInStore(fixtureCatalog) });
});

const toggle = () => screen.getByRole('button', { expanded: useAppStore.getState().sheet !== 'peek' });

describe('SheetHead', () => {
  it('says how to start while nothing is picked', () => {
    render(<SheetHead />);
    expect(toggle()).toHaveTextContent('轻触地图上的区域');
    expect(screen.queryByRole('button', { name: '关闭' })).not.toBeInTheDocument();
  });

  it("shows the selected zone's name and kind, in the chosen language, and puts it away", async () => {
    render(<SheetHead />);
    act(() => useAppStore.getState().zoneSelected('district-east'));
    expect(toggle()).toHaveTextContent(/^东部片区东中西 · 片区$/);
    act(() => useAppStore.getState().localeChosen('en'));
    expect(toggle().textContent).not.toMatch(/[\u4e00-\u9fff]/);
    await userEvent.click(screen.getByRole('button', { name: 'Close' }));
    expect(useAppStore.getState().selectedZoneId).toBeUndefined();
  });

  it("names a zone tapped before the links across plans are in, from the first view's index", () => {
    useAppStore.setState({ catalog: { status: 'ready', catalog: firstViewCatalog(firstViewIndexOf(fixtureCatalog)), partial: true }, planDetails: {} });
    render(<SheetHead />);
    act(() => useAppStore.getState().zoneSelected('district-east'));
    expect(toggle()).toHaveTextContent(/^东部片区东中西 · 片区$/);
    expect(screen.getByRole('button', { name: '关闭' })).toBeInTheDocument();
  });

  it("names the lens's family or industry while no zone is picked, in the chosen language", () => {
    render(<SheetHead />);
    act(() => useAppStore.getState().familyPicked('money'));
    expect(toggle()).toHaveTextContent(/^金融产业透镜$/);
    act(() => useAppStore.getState().localeChosen('en'));
    expect(toggle()).toHaveTextContent(/^FinanceIndustry lens$/);
    act(() => useAppStore.getState().industryPicked('biomedicine'));
    expect(toggle()).toHaveTextContent(/^BiomedicineIndustry lens$/);
  });

  it('raises the sheet a step per tap, and from the top brings it down', async () => {
    render(<SheetHead />);
    const heights: string[] = [];
    for (let i = 0; i < 3; i++) {
      await userEvent.click(toggle());
      heights.push(useAppStore.getState().sheet);
    }
    expect(heights).toEqual(['half', 'full', 'peek']);
  });
});
