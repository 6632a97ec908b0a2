import { indexCatalog } from '../../../data/catalog-index';
import { fixtureCatalog } from '../../../test/fixture-catalog';
import { lensOfTourId, lensTour, lensTourId } from './lens-tour';
import { toursSchema } from '../../../data/tour-schema';

const index = indexCatalog(fixtureCatalog);

describe('lensTour', () => {
  it('steps through every zone of an industry in plan order, naming the industry on each slide', () => {
    const tour = lensTour(index, { kind: 'industry', id: 'finance' })!;
    expect(tour.id).toBe('industry-finance');
    expect(tour.industryIds).toEqual(['finance']);
    expect(tour.planIds).toEqual(['city', 'district']);
    expect(tour.steps.map((s) => s.zoneId)).toEqual(['city-ring', 'district-east']);
    expect(tour.steps.map((s) => s.caption?.zh)).toEqual(['金融服务', '金融服务']);
    expect(tour.name).toEqual({ zh: '金融服务：规划安排的区域', en: 'Financial services: where the plans place it' });
    expect(toursSchema.safeParse([tour]).success).toBe(true);
  });

  it('names the carriers that bring the industry to a zone', () => {
    expect(lensTour(index, { kind: 'industry', id: 'biomedicine' })!.steps).toEqual([
      { zoneId: 'district-east', caption: { zh: '生物医药 · 经由载体 生物医药园', en: 'Biomedicine · via carrier Biomedicine park' } },
    ]);
  });

  it('tours a family’s places, each slide naming the family and the place’s industries of it', () => {
    const family = fixtureCatalog.families.find((f) => f.industryIds.includes('finance'))!;
    const tour = lensTour(index, { kind: 'family', id: family.id })!;
    expect(tour.id).toBe(`family-${family.id}`);
    expect(tour.industryIds).toEqual(family.industryIds);
    expect(tour.steps[0]!.caption!.zh).toMatch(new RegExp(`^${family.name.zh}：.*金融服务`));
  });

  it('is undefined for an unknown lens', () => {
    expect(lensTour(index, { kind: 'industry', id: 'nope' })).toBeUndefined();
  });

  it('reads the lens back from a tour id', () => {
    expect(lensOfTourId(lensTourId({ kind: 'industry', id: 'medical-devices' }))).toEqual({ kind: 'industry', id: 'medical-devices' });
    expect(lensOfTourId('family-finance')).toEqual({ kind: 'family', id: 'finance' });
    expect(lensOfTourId('snd-2021')).toBeUndefined();
    expect(lensOfTourId(null)).toBeUndefined();
  });
});
