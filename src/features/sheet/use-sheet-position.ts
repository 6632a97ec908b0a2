import { useLayoutEffect, type RefObject } from 'react';
import { noInsets, type MapInsets } from '../../state/slices/map-slice';
import { useAppStore } from '../../state/store';
import { heightAt, sheetInsets, type SheetStops } from './sheet-geometry';

const reducedMotion = () => window.matchMedia?.('(prefers-reduced-motion: reduce)').matches ?? false;
const sameInsets = (a: MapInsets, b: MapInsets) => a.top === b.top && a.right === b.right && a.bottom === b.bottom && a.left === b.left;

export interface SheetParts {
  scroller: RefObject<HTMLDivElement | null>;
  /** The empty mark the stylesheet places at the half-height snap point. */
  half: RefObject<HTMLElement | null>;
  panel: RefObject<HTMLDivElement | null>;
}

/**
 * Keeps the sheet's scroll position and the store's `sheet` in step, both ways: a drag that comes to rest
 * moves the store, a store change (a tap on the head, the back gesture) scrolls the sheet. The stylesheet
 * owns the snap points; they are read back from the layout, never computed twice. The map learns what the
 * sheet covers once it settles, not on every frame of a drag.
 */
export function useSheetPosition({ scroller, half, panel }: SheetParts): void {
  const sheet = useAppStore((s) => s.sheet);

  useLayoutEffect(() => {
    const el = scroller.current;
    if (!el || !half.current || !panel.current) return;
    const stops: SheetStops = { peek: 0, half: half.current.offsetTop, full: panel.current.offsetTop };
    if (heightAt(el.scrollTop, stops) !== sheet) el.scrollTo({ top: stops[sheet], behavior: reducedMotion() ? 'auto' : 'smooth' });
  }, [sheet, scroller, half, panel]);

  // A layout effect, so that the map, created in an ordinary effect, already frames Suzhou clear of the sheet.
  useLayoutEffect(() => {
    const el = scroller.current;
    if (!el) return;
    const stopsNow = (): SheetStops => ({ peek: 0, half: half.current?.offsetTop ?? 0, full: panel.current?.offsetTop ?? 0 });
    const report = () => {
      const { sheet: height, mapInsets, mapCovered } = useAppStore.getState();
      const box = {
        areaWidth: el.parentElement?.clientWidth ?? el.clientWidth,
        areaHeight: el.clientHeight,
        sheetWidth: el.clientWidth,
        peek: el.clientHeight - (panel.current?.offsetTop ?? 0),
      };
      const insets = sheetInsets(height, stopsNow(), box);
      if (!sameInsets(insets, mapInsets)) mapCovered(insets);
    };
    const settle = () => {
      const height = heightAt(el.scrollTop, stopsNow());
      if (height !== useAppStore.getState().sheet) useAppStore.getState().sheetMoved(height);
    };
    // `scrollend` where there is one (Chromium, Firefox); elsewhere, a scroll that has been quiet for a moment.
    let timer = 0;
    const onScroll = () => {
      window.clearTimeout(timer);
      timer = window.setTimeout(settle, 150);
    };
    const hasScrollEnd = 'onscrollend' in window;
    el.addEventListener(hasScrollEnd ? 'scrollend' : 'scroll', hasScrollEnd ? settle : onScroll, { passive: true });
    const resized = new ResizeObserver(report);
    resized.observe(el);
    const unsubscribe = useAppStore.subscribe((state, previous) => {
      if (state.sheet !== previous.sheet) report();
      // What was picked is shown on the map: a sheet covering all of it comes down to half.
      if (state.sheet === 'full' && state.selectedZoneId && state.selectedZoneId !== previous.selectedZoneId) state.sheetMoved('half');
      // Several plan elements under one tap: the list to choose from must be in view.
      if (state.sheet === 'peek' && state.overlapZoneIds.length > 1 && previous.overlapZoneIds !== state.overlapZoneIds) state.sheetMoved('half');
    });
    report();
    return () => {
      window.clearTimeout(timer);
      el.removeEventListener('scrollend', settle);
      el.removeEventListener('scroll', onScroll);
      resized.disconnect();
      unsubscribe();
      useAppStore.getState().mapCovered(noInsets);
    };
  }, [scroller, half, panel]);
}
