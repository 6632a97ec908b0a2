// @vitest-environment jsdom
import { installTouchGuards } from './touch-guards';

const fire = (target: EventTarget, event: Event) => {
  target.dispatchEvent(event);
  return event.defaultPrevented;
};

describe('installTouchGuards', () => {
  let lift: () => void;
  beforeEach(() => (lift = installTouchGuards(window)));
  afterEach(() => {
    lift();
    document.body.innerHTML = '';
  });

  it('opens no context menu and selects no text', () => {
    expect(fire(document.body, new MouseEvent('contextmenu', { bubbles: true, cancelable: true }))).toBe(true);
    expect(fire(document.body, new Event('selectstart', { bubbles: true, cancelable: true }))).toBe(true);
  });

  it('follows no link that leaves the app, but lets the app’s own links work', () => {
    document.body.innerHTML = '<a href="https://example.org/">out</a><a href="/?zone=a">in</a><a href="/doc.pdf" target="_blank">tab</a>';
    const [out, inside, tab] = [...document.querySelectorAll('a')];
    const click = () => new MouseEvent('click', { bubbles: true, cancelable: true });
    expect(fire(out!, click())).toBe(true);
    expect(fire(tab!, click())).toBe(true);
    expect(fire(inside!, click())).toBe(false);
  });

  it('lifts every guard again', () => {
    lift();
    expect(fire(document.body, new MouseEvent('contextmenu', { bubbles: true, cancelable: true }))).toBe(false);
    lift = () => undefined;
  });
});
