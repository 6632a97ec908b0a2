import { fitCamera } from './fit-camera';

const none = { top: 0, right: 0, bottom: 0, left: 0 };

describe('fitCamera', () => {
  it('centres a box and zooms until it fills the narrower side', () => {
    // One degree of longitude at the equator is 512/360 px at zoom 0: 1024 px wide needs zoom log2(720).
    const camera = fitCamera([-1, -0.1, 1, 0.1], 1024, 1024, none, [0, 22]);
    expect(camera.lng).toBeCloseTo(0, 6);
    expect(camera.lat).toBeCloseTo(0, 6);
    expect(camera.zoom).toBeCloseTo(Math.log2(360), 3);
  });

  it('moves the box into the part of the map the slide leaves free', () => {
    const box: [number, number, number, number] = [120.4, 31.1, 120.9, 31.5];
    const centred = fitCamera(box, 1200, 1000, none, [0, 22]);
    const shifted = fitCamera(box, 1200, 1000, { top: 0, right: 600, bottom: 0, left: 0 }, [0, 22]);
    // With the right half covered the map centre lies east of the box, so the box shows on the left.
    expect(shifted.lng).toBeGreaterThan(120.65);
    expect(shifted.zoom).toBeLessThan(centred.zoom);
    const below = fitCamera(box, 1200, 1000, { top: 0, right: 0, bottom: 500, left: 0 }, [0, 22]);
    expect(below.lat).toBeLessThan(31.3);
  });

  it('keeps the zoom inside the map limits', () => {
    expect(fitCamera([120.6, 31.3, 120.6001, 31.3001], 800, 600, none, [7, 13]).zoom).toBe(13);
    expect(fitCamera([-170, -80, 170, 80], 800, 600, none, [7, 13]).zoom).toBe(7);
  });
});
