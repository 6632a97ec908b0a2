import { parseUrl, serializeUrl } from './url-state';

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
    expect(serializeUrl({ zone: 'z' }, new URLSearchParams('mode=present&step=2'))).toBe('?mode=present&step=2&zone=z');
  });
});
