import { indexCatalog } from '../../data/catalog-index';
import { fixtureCatalog } from '../../test/fixture-catalog';
import { industryOfTourId, industryTour, industryTourId } from './industry-tour';
import { toursSchema } from './tour-schema';

const index = indexCatalog(fixtureCatalog);

describe('industryTour', () => {
  it('steps through every zone of the industry in plan order, naming the industry on each slide', () => {
    const tour = industryTour(index, 'finance')!;
    expect(tour.id).toBe('industry-finance');
    expect(tour.industryId).toBe('finance');
    expect(tour.planIds).toEqual(['city', 'district']);
    expect(tour.steps.map((s) => s.zoneId)).toEqual(['city-ring', 'district-east']);
    expect(tour.steps.map((s) => s.caption?.zh)).toEqual(['金融服务', '金融服务']);
    expect(tour.name).toEqual({ zh: '金融服务：规划安排的区域', en: 'Financial services: where the plans place it' });
    expect(toursSchema.safeParse([tour]).success).toBe(true);
  });

  it('names the carriers that bring the industry to a zone', () => {
    const tour = industryTour(index, 'biomedicine')!;
    expect(tour.steps).toEqual([
      { zoneId: 'district-east', caption: { zh: '生物医药 · 经由载体 生物医药园', en: 'Biomedicine · via carrier Biomedicine park' } },
    ]);
  });

  it('is undefined for an unknown industry or one nothing is assigned', () => {
    expect(industryTour(index, 'nope')).toBeUndefined();
  });

  it('reads the industry back from a tour id', () => {
    expect(industryOfTourId(industryTourId('medical-devices'))).toBe('medical-devices');
    expect(industryOfTourId('snd-2021')).toBeUndefined();
    expect(industryOfTourId(null)).toBeUndefined();
  });
});
