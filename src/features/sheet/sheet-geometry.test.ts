import { heightAt, sheetInsets } from './sheet-geometry';

const stops = { peek: 0, half: 346, full: 768 };

describe('heightAt', () => {
  it('reads the nearest stop, and full once the content scrolls past it', () => {
    expect(heightAt(0, stops)).toBe('peek');
    expect(heightAt(172, stops)).toBe('peek');
    expect(heightAt(174, stops)).toBe('half');
    expect(heightAt(346, stops)).toBe('half');
    expect(heightAt(560, stops)).toBe('full');
    expect(heightAt(1400, stops)).toBe('full');
  });
});

describe('sheetInsets', () => {
  it('upright, covers the foot of the map up to the sheet top', () => {
    const box = { areaWidth: 390, areaHeight: 788, sheetWidth: 390, peek: 76 };
    expect(sheetInsets('peek', stops, box)).toEqual({ top: 0, right: 0, bottom: 76, left: 0 });
    expect(sheetInsets('half', stops, box)).toEqual({ top: 0, right: 0, bottom: 422, left: 0 });
    expect(sheetInsets('full', stops, box)).toEqual({ top: 0, right: 0, bottom: 788, left: 0 });
  });

  it('sideways, covers a column on the left at any height', () => {
    const box = { areaWidth: 844, areaHeight: 334, sheetWidth: 380, peek: 76 };
    expect(sheetInsets('peek', stops, box)).toEqual({ top: 0, right: 0, bottom: 0, left: 380 });
    expect(sheetInsets('full', stops, box)).toEqual({ top: 0, right: 0, bottom: 0, left: 380 });
  });
});
