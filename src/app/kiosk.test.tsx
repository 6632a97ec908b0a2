// @vitest-environment jsdom
import { act, fireEvent, render, screen } from '@testing-library/react';
import { fixtureCatalog } from '../test/fixture-catalog';
import { initialAppState, useAppStore } from '../state/store';
import { Header } from './header';
import { Kiosk } from './kiosk';
import { KioskMode } from './kiosk-mode';
import { catalogInStore } from '../test/catalog-in-store';

const settings = { idleMs: 1000, countdownMs: 3000, attractStepMs: 500 };
const tour = {
  id: 'tour',
  name: { zh: '导览', en: 'Tour' },
  planIds: ['city'],
  steps: [{ zoneId: 'city-ring' }, { zoneId: 'city-axis' }],
};
const advance = (ms: number) => act(() => vi.advanceTimersByTime(ms));

/** The kiosk over a button that stands for whatever lies under the visitor's finger; `clicked` counts what reaches it. */
function kioskOverButton() {
  const clicked = vi.fn();
  render(
    <>
      <button type="button" onClick={clicked}>
        map
      </button>
      <Kiosk settings={settings} />
    </>,
  );
  return { clicked, target: screen.getByRole('button', { name: 'map' }) };
}

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'setInterval', 'clearInterval', 'performance', 'Date'] });
  useAppStore.setState(initialAppState, true);
  useAppStore.setState({ ...catalogInStore(fixtureCatalog), tours: { status: 'ready', tours: [tour] } });
});

afterEach(() => {
  vi.useRealTimers();
  document.documentElement.classList.remove('app--kiosk');
});

describe('the kiosk', () => {
  it('renders nothing and changes nothing outside kiosk mode', () => {
    const { container } = render(<KioskMode settings={undefined} />);
    expect(container).toBeEmptyDOMElement();
    expect(useAppStore.getState().mode).toBe('explore');
  });

  it('steps through the tour until the first touch, which reaches nothing else', () => {
    const { clicked, target } = kioskOverButton();
    expect(document.documentElement).toHaveClass('app--kiosk');
    expect(useAppStore.getState().mode).toBe('kiosk');
    expect(screen.getByTestId('kiosk-attract')).toHaveTextContent('触摸屏幕开始探索');
    expect(useAppStore.getState().selectedZoneId).toBe('city-ring');
    advance(500);
    expect(useAppStore.getState().selectedZoneId).toBe('city-axis');
    advance(500);
    expect(useAppStore.getState().selectedZoneId).toBe('city-ring');

    fireEvent.pointerDown(target);
    fireEvent.pointerUp(target);
    fireEvent.click(target);
    expect(clicked).not.toHaveBeenCalled();
    expect(screen.queryByTestId('kiosk-attract')).toBeNull();
    advance(900);
    expect(useAppStore.getState().selectedZoneId).toBe('city-ring');
    expect(useAppStore.getState().tourId).toBeUndefined();
    // The next touch is the visitor's own.
    fireEvent.click(target);
    expect(clicked).toHaveBeenCalledTimes(1);
  });

  it('swallows the stopping touch’s click however late it comes, and lets the next touch through at once', () => {
    const { clicked, target } = kioskOverButton();
    // A busy page dispatches a tap's emulated mouse events and click well after its pointerup.
    fireEvent.pointerDown(target);
    fireEvent.pointerUp(target);
    advance(700);
    fireEvent.mouseDown(target);
    fireEvent.mouseUp(target);
    fireEvent.click(target);
    expect(clicked).not.toHaveBeenCalled();
    fireEvent.click(target);
    expect(clicked).toHaveBeenCalledTimes(1);
  });

  it('after a stopping drag, which makes no click, lets the next touch through without a wait', () => {
    const { clicked, target } = kioskOverButton();
    fireEvent.pointerDown(target);
    fireEvent.pointerMove(target);
    fireEvent.pointerUp(target);
    fireEvent.pointerDown(target);
    fireEvent.pointerUp(target);
    fireEvent.click(target);
    expect(clicked).toHaveBeenCalledTimes(1);
  });

  it('counts down when nobody touches the screen, and “keep exploring” keeps the view', () => {
    render(<Kiosk settings={settings} />);
    fireEvent.keyDown(window, { key: 'a' });
    fireEvent.keyUp(window, { key: 'a' });
    advance(400);
    act(() => useAppStore.getState().localeChosen('en'));
    advance(1200);
    expect(screen.getByRole('alertdialog')).toHaveTextContent('Returning to the start in 3 s');
    fireEvent.click(screen.getByRole('button', { name: /Keep exploring/ }));
    expect(screen.queryByRole('alertdialog')).toBeNull();
    expect(useAppStore.getState().locale).toBe('en');
  });

  it('returns to the start when the countdown runs out, then attracts again', () => {
    render(<Kiosk settings={settings} />);
    fireEvent.keyDown(window, { key: 'a' });
    fireEvent.keyUp(window, { key: 'a' });
    advance(400);
    act(() => {
      const s = useAppStore.getState();
      s.localeChosen('en');
      s.industryPicked('finance');
      s.zoneCompared('city-ring');
      s.zoneCompared('district-east');
      s.cameraSettled({ lng: 121, lat: 31.5, zoom: 12 });
    });
    advance(1200);
    expect(screen.getByRole('alertdialog')).toBeInTheDocument();
    advance(3200);
    const s = useAppStore.getState();
    expect(screen.queryByRole('alertdialog')).toBeNull();
    expect(screen.getByTestId('kiosk-attract')).toBeInTheDocument();
    expect(s.locale).toBe('zh');
    expect(s.lensIndustryId).toBeUndefined();
    expect(s.compareZoneIds).toEqual([]);
    expect(s.camera).toBeUndefined();
    expect(s.cameraSource).toBe('request');
    expect(s.tourId).toBe('tour');
    expect(s.selectedZoneId).toBe('city-ring');
  });

  it('empties the search box the last visitor typed in when it returns to the start', () => {
    render(
      <>
        <Header />
        <Kiosk settings={settings} />
      </>,
    );
    fireEvent.keyDown(window, { key: 'a' });
    fireEvent.keyUp(window, { key: 'a' });
    advance(400);
    const box = screen.getByRole('combobox');
    fireEvent.change(box, { target: { value: '金融' } });
    expect(screen.getByRole('combobox')).toHaveValue('金融');
    advance(1200);
    expect(screen.getByRole('alertdialog')).toBeInTheDocument();
    advance(3200);
    expect(screen.getByTestId('kiosk-attract')).toBeInTheDocument();
    expect(screen.getByRole('combobox')).toHaveValue('');
  });
});
