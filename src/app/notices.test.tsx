// @vitest-environment jsdom
import { act, render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { initialAppState, useAppStore } from '../state/store';
import { Notices } from './notices';

describe('notices', () => {
  beforeEach(() => {
    useAppStore.setState(initialAppState, true);
    vi.useFakeTimers();
  });
  afterEach(() => vi.useRealTimers());

  it('keeps a notice given while the page loads until the first view is drawn, then lets it go', () => {
    render(<Notices />);
    act(() => useAppStore.getState().noticeShown('链接参数无法识别，已忽略：colour=red'));
    act(() => vi.advanceTimersByTime(60_000));
    expect(screen.getByTestId('notices').textContent).toMatch(/colour=red/);
    act(() => useAppStore.getState().firstViewShown());
    act(() => vi.advanceTimersByTime(9_000));
    expect(screen.getByTestId('notices').textContent).toMatch(/colour=red/);
    act(() => vi.advanceTimersByTime(2_000));
    expect(screen.queryByTestId('notices')).toBeNull();
  });

  it('lets notices go when the map cannot be drawn at all', () => {
    render(<Notices />);
    act(() => useAppStore.getState().noticeShown('colour=red'));
    act(() => useAppStore.getState().mapStatusChanged('unsupported'));
    act(() => vi.advanceTimersByTime(11_000));
    expect(screen.queryByTestId('notices')).toBeNull();
  });
});
