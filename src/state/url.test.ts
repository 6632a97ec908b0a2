import { kioskDefaults } from '../config/kiosk';
import { parseUrl, readKioskParams, readPresentLink, serializeUrl, shareUrl, withoutPresentParams, withPresentParams } from './url';

describe('parseUrl', () => {
  it('reads every part of a shared view', () => {
    const { state, ignored } = parseUrl('?plans=a-1,b&zone=wz-east&industry=biomedicine&lang=en&view=120.6,31.3,10.5&panel=lens&compare=x,y');
    expect(state).toEqual({
      plans: ['a-1', 'b'],
      zone: 'wz-east',
      industry: 'biomedicine',
      lang: 'en',
      view: { lng: 120.6, lat: 31.3, zoom: 10.5 },
      panel: 'lens',
      compare: ['x', 'y'],
    });
    expect(ignored).toEqual([]);
  });

  it('drops and reports what it cannot read, keeping the rest', () => {
    const { state, ignored } = parseUrl('?zone=wz-east&lang=fr&view=abc&colour=red&zone2=<script>');
    expect(state).toEqual({ zone: 'wz-east' });
    expect(ignored).toEqual(['lang=fr', 'view=abc', 'colour=red', 'zone2=<script>']);
  });

  it('rejects an out-of-range camera and an id that is not a slug', () => {
    expect(parseUrl('?view=500,31,10').ignored).toEqual(['view=500,31,10']);
    expect(parseUrl('?zone=Wz%20East').state.zone).toBeUndefined();
  });

  it('leaves the mode and tour parameters to their owners', () => {
    expect(parseUrl('?mode=kiosk&step=3&idle=30&countdown=5&attract=4').ignored).toEqual([]);
  });
});

describe('serializeUrl', () => {
  it('round-trips through parseUrl', () => {
    const state = { plans: ['a', 'b'], zone: 'z', industry: 'i', lang: 'en' as const, view: { lng: 120.61234567, lat: 31.3, zoom: 9.876 } };
    const query = serializeUrl(state);
    expect(query).toBe('?plans=a,b&zone=z&industry=i&lang=en&view=120.61235,31.3,9.88');
    expect(parseUrl(query).state).toEqual({ ...state, view: { lng: 120.61235, lat: 31.3, zoom: 9.88 } });
  });

  it('omits defaults and keeps other owners’ parameters', () => {
    expect(serializeUrl({ lang: 'zh', panel: 'zone' })).toBe('');
    expect(serializeUrl({ zone: 'z' }, '?mode=present&step=2')).toBe('?mode=present&step=2&zone=z');
  });
});

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

describe('shareUrl', () => {
  const here = new URL('http://127.0.0.1:4173/app/?plans=a&mode=kiosk') as unknown as Location;
  it('points the public site at the same view, without kiosk or tour modes', () => {
    expect(shareUrl('?plans=a,b&zone=z&mode=kiosk&tour=t&step=2&lang=en', 'https://plans.example/suzhou/', here)).toBe(
      'https://plans.example/suzhou/?plans=a,b&zone=z&lang=en',
    );
  });
  it('falls back to the page itself', () => {
    expect(shareUrl('?zone=z', undefined, here)).toBe('http://127.0.0.1:4173/app/?zone=z');
  });
});
