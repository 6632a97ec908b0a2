// @vitest-environment jsdom
import { act, renderHook } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { initialAppState, useAppStore } from '../state/store';
import { lensMessages } from './messages-lens';
import { panelMessages } from './messages-panels';
import { useT } from './use-t';

beforeEach(() => useAppStore.setState(initialAppState, true));

describe('useT', () => {
  it('gives the same function from render to render, so an effect that uses it does not run again', () => {
    const { result, rerender } = renderHook(() => useT(lensMessages, panelMessages));
    const first = result.current;
    rerender();
    expect(result.current).toBe(first);
    expect(first('lensFamily')).toBe('产业族');
  });

  it('gives a new function in a new language, reading the same tables', () => {
    const { result } = renderHook(() => useT(lensMessages));
    const zh = result.current;
    act(() => useAppStore.getState().localeChosen('en'));
    expect(result.current).not.toBe(zh);
    expect(result.current('lensFamily')).not.toBe(zh('lensFamily'));
    expect(result.current('appTitle')).toBe('Suzhou Spatial Plan Map');
  });

  it('keeps apart the functions of different tables', () => {
    const lens = renderHook(() => useT(lensMessages)).result.current;
    const both = renderHook(() => useT(lensMessages, panelMessages)).result.current;
    expect(both).not.toBe(lens);
  });
});
