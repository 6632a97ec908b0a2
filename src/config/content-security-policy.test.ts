import { headerPolicy, metaPolicy, tileHostSource } from './content-security-policy';

const directive = (policy: string, name: string) =>
  policy
    .split('; ')
    .find((d) => d.startsWith(`${name} `))
    ?.split(' ')
    .slice(1);

describe('the Content-Security-Policy', () => {
  it('allows no inline or evaluated script and no plug-ins', () => {
    for (const policy of [metaPolicy(), headerPolicy(), headerPolicy({ onlineBaseMapUrl: 'https://t.example.org/{z}/{x}/{y}.png' })]) {
      expect(policy).not.toMatch(/unsafe-|\*(?!\.)/);
      expect(directive(policy, 'script-src')).toEqual(["'self'"]);
      expect(directive(policy, 'style-src')).toEqual(["'self'"]);
      expect(directive(policy, 'worker-src')).toEqual(["'self'"]);
      expect(directive(policy, 'object-src')).toEqual(["'none'"]);
      expect(directive(policy, 'base-uri')).toEqual(["'self'"]);
    }
  });

  it('keeps frame-ancestors to the header, where browsers read it', () => {
    expect(directive(metaPolicy(), 'frame-ancestors')).toBeUndefined();
    expect(directive(headerPolicy(), 'frame-ancestors')).toEqual(["'self'"]);
    expect(headerPolicy().startsWith(metaPolicy())).toBe(true);
  });

  it('lets the optional online base map be fetched and drawn, and nothing else from its host', () => {
    const policy = metaPolicy({ onlineBaseMapUrl: 'https://tiles.example.org/osm/{z}/{x}/{y}.png' });
    expect(directive(policy, 'connect-src')).toEqual(["'self'", 'https://tiles.example.org']);
    expect(directive(policy, 'img-src')).toEqual(["'self'", 'data:', 'blob:', 'https://tiles.example.org']);
    expect(directive(policy, 'script-src')).toEqual(["'self'"]);
  });

  it('names a tile host with a placeholder as a wildcard, and refuses what it cannot name', () => {
    expect(tileHostSource('https://{s}.tile.example.org/{z}/{x}/{y}.png')).toBe('https://*.tile.example.org');
    expect(tileHostSource('HTTP://Tiles.Example.org:8080/{z}/{x}/{y}')).toBe('http://tiles.example.org:8080');
    expect(() => tileHostSource('tiles/{z}/{x}/{y}.png')).toThrow(/not an http/);
    expect(() => tileHostSource("https://a{s}b.example.org/{z}")).toThrow(/cannot name/);
  });
});
