import { readPresentLink, withoutPresentParams, withPresentParams } from './present-url';

describe('presentation link parameters', () => {
  it('writes the tour and a 1-based step, keeping every other parameter as url-state writes it', () => {
    expect(withPresentParams('?plans=a,b&zone=z', 'wz', 2)).toBe('?plans=a,b&zone=z&mode=present&tour=wz&step=3');
    expect(withPresentParams('?mode=present&tour=x&step=1&zone=z', 'wz', 0)).toBe('?mode=present&tour=wz&step=1&zone=z');
  });

  it('removes only its own parameters', () => {
    expect(withoutPresentParams('?mode=present&tour=wz&step=3&plans=a,b')).toBe('?plans=a,b');
    expect(withoutPresentParams('?mode=present')).toBe('');
  });

  it('reads a presentation link and nothing else', () => {
    expect(readPresentLink('?mode=present&tour=wz&step=2')).toEqual({ tour: 'wz', step: '2' });
    expect(readPresentLink('?mode=present')).toEqual({ tour: null, step: null });
    expect(readPresentLink('?mode=kiosk&tour=wz')).toBeUndefined();
  });
});
