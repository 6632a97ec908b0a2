import { indexCatalog } from '../../data/catalog-index';
import { fixtureCatalog } from '../../test/fixture-catalog';
import { buildMatrix, shadeLevel } from './matrix-data';

const index = indexCatalog(fixtureCatalog);
const counts = (matrix: ReturnType<typeof buildMatrix>) =>
  Object.fromEntries(matrix.groups.flatMap((g) => g.rows.map((r) => [r.zone.id, r.cells.map((c) => c.length)])));

describe('buildMatrix', () => {
  it('counts each zone’s industries, its carriers’ included, per sector in sector order', () => {
    const matrix = buildMatrix(index, ['city', 'district'], 'sectors');
    expect(matrix.columns.map((c) => c.id)).toEqual(['producer-services', 'consumer-services', 'emerging', 'manufacturing', 'other']);
    expect(counts(matrix)).toEqual({
      'city-ring': [1, 0, 1, 0, 0],
      'city-axis': [1, 0, 0, 0, 0],
      'district-east': [2, 0, 0, 1, 0],
    });
    expect(matrix.groups.map((g) => g.plan.id)).toEqual(['city', 'district']);
    expect(matrix.zoneTotals).toEqual([3, 0, 1, 1, 0]);
    expect(matrix.max).toBe(2);
  });

  it('lists the industries behind a cell', () => {
    const east = buildMatrix(index, ['district'], 'sectors').groups[0]!.rows[0]!;
    expect(east.cells[0]!.map((i) => i.id)).toEqual(['finance', 'inspection']);
    expect(east.cells[3]!.map((i) => i.id)).toEqual(['biomedicine']);
  });

  it('drops hidden plans', () => {
    const matrix = buildMatrix(index, ['city'], 'sectors');
    expect(Object.keys(counts(matrix))).toEqual(['city-ring', 'city-axis']);
    expect(matrix.zoneTotals).toEqual([2, 0, 1, 0, 0]);
    expect(buildMatrix(index, [], 'sectors').groups).toEqual([]);
  });

  it('switches columns to the most assigned industries of the visible plans', () => {
    const matrix = buildMatrix(index, ['city', 'district'], 'top', 2);
    expect(matrix.columns.map((c) => c.id)).toEqual(['finance', 'inspection']);
    expect(counts(matrix)).toEqual({ 'city-ring': [1, 0], 'city-axis': [0, 1], 'district-east': [1, 1] });
    // Only the visible plans count: the city plan's digital economy drops out with it.
    expect(buildMatrix(index, ['district'], 'top').columns.map((c) => c.id)).toEqual(['finance', 'inspection', 'biomedicine']);
  });
});

describe('buildMatrix by family', () => {
  it('counts each zone’s industries per family, only the families the visible zones have', () => {
    const matrix = buildMatrix(index, ['city', 'district'], 'families');
    expect(matrix.columns.map((c) => c.id)).toEqual(['money', 'tech', 'life']);
    expect(counts(matrix)).toEqual({ 'city-ring': [1, 1, 0], 'city-axis': [0, 1, 0], 'district-east': [1, 1, 1] });
    expect(buildMatrix(index, ['city'], 'families').columns.map((c) => c.id)).toEqual(['money', 'tech']);
  });
});

describe('shadeLevel', () => {
  it('keeps zero unshaded and the fullest cell darkest', () => {
    expect([0, 1, 2, 3, 4, 8].map((n) => shadeLevel(n, 8))).toEqual([0, 1, 1, 2, 2, 4]);
    expect(shadeLevel(0, 0)).toBe(0);
  });
});
