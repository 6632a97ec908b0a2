import { coveredInsets } from './covered-insets';

const map = { left: 0, top: 0, right: 1500, bottom: 1000 };

describe('coveredInsets', () => {
  it('is zero when nothing lies over the map, or only beside it', () => {
    expect(coveredInsets(map, [])).toEqual({ top: 0, right: 0, bottom: 0, left: 0 });
    expect(coveredInsets(map, [{ left: 1500, top: 0, right: 1900, bottom: 1000 }])).toEqual({ top: 0, right: 0, bottom: 0, left: 0 });
  });

  it('pushes in the edge that costs the least map for each overlay', () => {
    const layerPanel = { left: 12, top: 12, right: 312, bottom: 700 };
    const caption = { left: 28, top: 820, right: 640, bottom: 900 };
    const card = { left: 1130, top: 28, right: 1480, bottom: 980 };
    expect(coveredInsets(map, [layerPanel])).toEqual({ top: 0, right: 0, bottom: 0, left: 312 });
    expect(coveredInsets(map, [caption, card])).toEqual({ top: 0, right: 370, bottom: 180, left: 0 });
  });

  it('keeps a third of the map free however much covers it', () => {
    const insets = coveredInsets(map, [{ left: 0, top: 0, right: 1400, bottom: 1000 }]);
    expect(1500 - insets.left - insets.right).toBeCloseTo(450, 6);
  });

  it('measures against the map, wherever it sits on the page', () => {
    const offset = { left: 100, top: 60, right: 1600, bottom: 1060 };
    expect(coveredInsets(offset, [{ left: 100, top: 900, right: 1600, bottom: 1060 }]).bottom).toBe(160);
  });
});
