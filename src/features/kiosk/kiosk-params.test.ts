import { nextPhase } from './kiosk-phase';
import { kioskScale } from './kiosk-scale';

describe('nextPhase', () => {
  it('runs attract → explore → countdown → attract, and any input goes back to exploring', () => {
    expect(nextPhase('attract', 'input')).toBe('explore');
    expect(nextPhase('attract', 'idle')).toBe('attract');
    expect(nextPhase('explore', 'idle')).toBe('countdown');
    expect(nextPhase('countdown', 'input')).toBe('explore');
    expect(nextPhase('countdown', 'idle')).toBe('countdown');
    expect(nextPhase('countdown', 'reset')).toBe('attract');
  });
});

describe('kioskScale', () => {
  it('keeps 1080p screens as drawn, either way round, and doubles a 4K screen', () => {
    expect(kioskScale(1920, 1080)).toBe(1);
    expect(kioskScale(1080, 1920)).toBe(1);
    expect(kioskScale(3840, 2160)).toBe(2);
    expect(kioskScale(1280, 720)).toBe(1);
  });
});
