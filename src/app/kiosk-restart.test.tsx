// @vitest-environment jsdom
import { render, screen } from '@testing-library/react';
import { ErrorBoundary } from './error-boundary';
import { scheduleKioskRestart } from './kiosk-restart';

vi.mock('../features/kiosk/kiosk-params', () => ({
  kioskLaunch: { idleMs: 60_000, countdownMs: 10_000, attractStepMs: 8_000 },
  kioskLaunchUrl: 'http://kiosk.test/?mode=kiosk&idle=30',
}));

function Broken(): never {
  throw new Error('broken panel');
}

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

describe('a kiosk after a render error', () => {
  it('starts over from its launch link by itself', () => {
    const navigate = vi.fn();
    scheduleKioskRestart(5000, navigate);
    vi.advanceTimersByTime(4900);
    expect(navigate).not.toHaveBeenCalled();
    vi.advanceTimersByTime(200);
    expect(navigate).toHaveBeenCalledWith('http://kiosk.test/?mode=kiosk&idle=30');
  });

  it('says so on the error screen', () => {
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    render(
      <ErrorBoundary>
        <Broken />
      </ErrorBoundary>,
    );
    expect(screen.getByRole('alert')).toHaveTextContent('几秒后将自动重新开始');
  });
});
