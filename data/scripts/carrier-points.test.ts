import { fixtureCatalog } from '../../src/test/fixture-catalog';
import { carrierPoints } from './carrier-points';

describe('carrierPoints', () => {
  const hub = fixtureCatalog.carriers.find((c) => c.id === 'city-hub')!;
  const pointsOf = (carriers: typeof fixtureCatalog.carriers) => carrierPoints({ ...fixtureCatalog, carriers });

  it('stamps a located carrier with the plan of its zone, and leaves one without a place out', () => {
    expect(pointsOf([hub, { ...hub, id: 'nowhere', coord: undefined, precision: undefined }])).toEqual([
      {
        type: 'Feature',
        properties: { id: 'city-hub', planId: 'city', kind: 'hub', industries: 'finance', label: '金融中心', label_en: 'Finance hub', precision: 'approx' },
        geometry: { type: 'Point', coordinates: [120.62, 31.32] },
      },
    ]);
  });

  it('gives a carrier of two plans a point in each, and one in no zone a point of no plan', () => {
    const points = pointsOf([
      { ...hub, zoneIds: ['city-ring', 'city-axis', 'district-east'] },
      { ...hub, id: 'zoneless', zoneIds: [] },
    ]);
    expect(points.map((p) => [p.properties.id, p.properties.planId])).toEqual([
      ['city-hub', 'city'],
      ['city-hub', 'district'],
      ['zoneless', undefined],
    ]);
  });
});
