import { kioskDefaults } from '../../config/kiosk';
import { nextPhase } from './kiosk-phase';
import { readKioskParams } from './kiosk-params';
import { kioskScale } from './kiosk-scale';

describe('readKioskParams', () => {
  it('is off unless the link asks for kiosk mode', () => {
    expect(readKioskParams('')).toBeUndefined();
    expect(readKioskParams('?mode=present&idle=3')).toBeUndefined();
  });

  it('uses the configured timings by default', () => {
    expect(readKioskParams('?mode=kiosk')).toEqual({
      idleMs: kioskDefaults.idleMs,
      countdownMs: kioskDefaults.countdownMs,
      attractStepMs: kioskDefaults.attractStepMs,
    });
  });

  it('reads idle, countdown and attract in seconds, and ignores what is not a number', () => {
    expect(readKioskParams('?mode=kiosk&idle=30&countdown=2.5&attract=0.15')).toMatchObject({
      idleMs: 30_000,
      countdownMs: 2_500,
      attractStepMs: 150,
    });
    expect(readKioskParams('?mode=kiosk&idle=soon&countdown=')).toMatchObject({
      idleMs: kioskDefaults.idleMs,
      countdownMs: kioskDefaults.countdownMs,
    });
    // A zero or negative period would reset the kiosk on every frame.
    expect(readKioskParams('?mode=kiosk&idle=0&attract=-4')!.idleMs).toBeGreaterThan(0);
    expect(readKioskParams('?mode=kiosk&idle=0&attract=-4')!.attractStepMs).toBeGreaterThan(0);
  });
});

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
