import type { Tour } from '../../data/tour-schema';
import { initialAppState, useAppStore } from '../store';

const tours: Tour[] = [
  { id: 'three', name: { zh: '三' }, planIds: ['p'], steps: [{ zoneId: 'a' }, { zoneId: 'b' }, { zoneId: 'c' }] },
  { id: 'one', name: { zh: '一' }, planIds: ['p'], steps: [{ zoneId: 'a' }] },
];
const s = () => useAppStore.getState();

beforeEach(() => useAppStore.setState(initialAppState, true));

describe('tour slice', () => {
  it('starts in explore mode with no tour', () => {
    expect(s()).toMatchObject({ mode: 'explore', tourId: undefined, tourStep: 0, tours: { status: 'loading' } });
  });

  it('switches mode without touching the tour', () => {
    s().toursLoaded(tours);
    s().tourStarted('three', 1);
    s().modeEntered('kiosk');
    expect(s()).toMatchObject({ mode: 'kiosk', tourId: 'three', tourStep: 1 });
  });

  it('steps within the tour and never past its ends', () => {
    s().toursLoaded(tours);
    s().tourStarted('three');
    s().tourStepped(1);
    s().tourStepped(1);
    s().tourStepped(1);
    expect(s().tourStep).toBe(2);
    s().tourStepped(-5);
    expect(s().tourStep).toBe(0);
    s().tourStepSet(Infinity);
    expect(s().tourStep).toBe(2);
    s().tourStepSet(1);
    expect(s().tourStep).toBe(1);
    s().tourStarted('one', 4);
    expect(s().tourStep).toBe(0);
  });

  it('clamps a step set before the tours loaded once they arrive', () => {
    s().tourStarted('three', 7);
    expect(s().tourStep).toBe(7);
    s().toursLoaded(tours);
    expect(s().tourStep).toBe(2);
  });

  it('adds a tour built in the app once the tours are loaded, replacing one of the same id', () => {
    s().tourBuilt({ id: 'built', name: { zh: '建' }, planIds: ['p'], steps: [{ zoneId: 'a' }] });
    expect(s().tours).toEqual({ status: 'loading' });
    s().toursLoaded(tours);
    s().tourBuilt({ id: 'built', name: { zh: '建' }, planIds: ['p'], steps: [{ zoneId: 'a' }] });
    s().tourBuilt({ id: 'built', name: { zh: '建' }, planIds: ['p'], steps: [{ zoneId: 'b' }, { zoneId: 'c' }] });
    const ready = s().tours;
    expect(ready.status === 'ready' && ready.tours.map((t) => `${t.id}:${t.steps.length}`)).toEqual(['three:3', 'one:1', 'built:2']);
  });

  it('ends the tour, keeps the mode, and marks fallback tours', () => {
    s().toursLoaded(tours, ['data/tours.json: HTTP 404']);
    expect(s().tours).toEqual({ status: 'ready', tours, problems: ['data/tours.json: HTTP 404'] });
    s().modeEntered('present');
    s().tourStarted('three', 2);
    s().tourEnded();
    expect(s()).toMatchObject({ mode: 'present', tourId: undefined, tourStep: 0 });
  });
});
