import { overlayInsets, unionBbox } from './camera';

const map = { left: 0, top: 0, right: 1600, bottom: 1000 };

describe('overlayInsets', () => {
  it('clears a panel down the left edge by its width', () => {
    expect(overlayInsets(map, [{ left: 12, top: 12, right: 312, bottom: 900 }])).toEqual({ top: 0, bottom: 0, left: 312, right: 0 });
  });

  it('clears a bottom sheet by its height, and ignores what lies outside the map', () => {
    const sheet = { left: 0, top: 700, right: 1600, bottom: 1000 };
    const outside = { left: 1600, top: 0, right: 2000, bottom: 1000 };
    expect(overlayInsets(map, [sheet, outside])).toEqual({ top: 0, bottom: 300, left: 0, right: 0 });
  });

  it('keeps the largest inset of a side when overlays stack', () => {
    const insets = overlayInsets(map, [
      { left: 0, top: 0, right: 200, bottom: 1000 },
      { left: 0, top: 0, right: 330, bottom: 1000 },
    ]);
    expect(insets.left).toBe(330);
  });
});

describe('unionBbox', () => {
  it('spans every box', () => {
    expect(unionBbox([[1, 2, 3, 4], [0, 3, 5, 3.5]])).toEqual([0, 2, 5, 4]);
    expect(unionBbox([])).toBeUndefined();
  });
});
