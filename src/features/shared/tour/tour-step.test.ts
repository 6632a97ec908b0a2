import type { Tour } from '../../../data/tour-schema';
import { clampStep, resolveTourLink, tourStep } from './tour-step';

const tours: Tour[] = Object.freeze([
  { id: 'city', name: { zh: '市' }, planIds: ['city'], steps: [{ zoneId: 'a' }, { zoneId: 'b', caption: { zh: '乙' } }, { zoneId: 'c' }] },
  { id: 'district', name: { zh: '区' }, planIds: ['district'], steps: [{ zoneId: 'd' }] },
]) as Tour[];

describe('clampStep', () => {
  it('keeps a step inside the tour', () => {
    expect(clampStep(-2, 3)).toBe(0);
    expect(clampStep(1, 3)).toBe(1);
    expect(clampStep(7, 3)).toBe(2);
    expect(clampStep(Infinity, 3)).toBe(0);
    expect(clampStep(NaN, 3)).toBe(0);
  });
});

describe('tourStep', () => {
  it('resolves the step, its position and its ends', () => {
    expect(tourStep(tours, 'city', 1)).toMatchObject({ index: 1, total: 3, isFirst: false, isLast: false, step: { zoneId: 'b' } });
    expect(tourStep(tours, 'city', 9)).toMatchObject({ index: 2, isLast: true, step: { zoneId: 'c' } });
    expect(tourStep(tours, 'district', 0)).toMatchObject({ isFirst: true, isLast: true });
  });

  it('falls back to the first tour, and to nothing without tours', () => {
    expect(tourStep(tours, 'nope', 0)?.tour.id).toBe('city');
    expect(tourStep(tours, undefined, 0)?.tour.id).toBe('city');
    expect(tourStep([], 'city', 0)).toBeUndefined();
  });
});

describe('resolveTourLink', () => {
  it('reads a 1-based step of a known tour', () => {
    expect(resolveTourLink(tours, 'city', '3')).toEqual({ tourId: 'city', index: 2, problems: [] });
    expect(resolveTourLink(tours, 'district', null)).toEqual({ tourId: 'district', index: 0, problems: [] });
    expect(resolveTourLink(tours, null, null)).toEqual({ tourId: 'city', index: 0, problems: [] });
  });

  it('starts the first tour when the tour is unknown, and the tour itself when the step is bad', () => {
    expect(resolveTourLink(tours, 'nope', '2')).toEqual({ tourId: 'city', index: 0, problems: ['unknown-tour'] });
    for (const bad of ['0', '4', '1.5', 'two', '-1', '']) {
      expect(resolveTourLink(tours, 'city', bad)).toEqual({ tourId: 'city', index: 0, problems: ['bad-step'] });
    }
  });
});
