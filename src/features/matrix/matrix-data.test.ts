import { indexCatalog } from '../../data/catalog-index';
import { fixtureCatalog } from '../../test/fixture-catalog';
import { buildMatrix, columnOrder, sortRows } from './matrix-data';
import { matrixCsv } from './matrix-csv';
import { sectorDimension, topIndustriesDimension, type MatrixDimension } from './matrix-dimensions';

const index = indexCatalog(fixtureCatalog);
const names = (matrix: ReturnType<typeof buildMatrix>) =>
  Object.fromEntries(matrix.rows.map((r) => [r.zone.id, r.cells.map((c) => c.map((i) => i.id).join('+'))]));

describe('buildMatrix', () => {
  it('names each zone’s industries, its carriers’ included, per sector in sector order', () => {
    const matrix = buildMatrix(index, ['city', 'district'], sectorDimension);
    expect(matrix.columns.map((c) => c.id)).toEqual(['producer-services', 'consumer-services', 'emerging', 'manufacturing', 'other']);
    expect(names(matrix)).toEqual({
      'city-ring': ['finance', '', 'digital-economy', '', ''],
      'city-axis': ['inspection', '', '', '', ''],
      'district-east': ['finance+inspection', '', '', 'biomedicine', ''],
    });
    expect(matrix.rows.map((r) => r.plan.id)).toEqual(['city', 'city', 'district']);
    expect(matrix.zoneTotals).toEqual([3, 0, 1, 1, 0]);
    expect([...matrix.rows[2]!.core]).toEqual(['inspection']);
  });

  it('shows only the plans asked for', () => {
    expect(Object.keys(names(buildMatrix(index, ['city'], sectorDimension)))).toEqual(['city-ring', 'city-axis']);
    expect(buildMatrix(index, [], sectorDimension).rows).toEqual([]);
  });

  it('takes its columns from any dimension: the most assigned industries, or one plugged in from outside', () => {
    const top = buildMatrix(index, ['city', 'district'], topIndustriesDimension);
    expect(top.columns.map((c) => c.id)).toEqual(['finance', 'inspection', 'digital-economy', 'biomedicine']);
    const services: MatrixDimension = {
      id: 'services',
      label: () => 'services',
      columns: () => [{ id: 'fin', name: { zh: '金融' }, holds: (industry) => industry.id === 'finance' }],
    };
    expect(names(buildMatrix(index, ['district'], services))).toEqual({ 'district-east': ['finance'] });
  });
});

describe('sorting', () => {
  const matrix = buildMatrix(index, ['city', 'district'], sectorDimension);
  it('sorts rows by name or by how many industries a column holds, keeping plan order on ties', () => {
    expect(sortRows(matrix.rows, { by: 'name' }, 'en').map((r) => r.zone.id)).toEqual(['city-ring', 'district-east', 'city-axis']);
    expect(sortRows(matrix.rows, { by: 'column', column: 0 }, 'zh').map((r) => r.zone.id)).toEqual(['district-east', 'city-ring', 'city-axis']);
    expect(sortRows(matrix.rows, { by: 'plan' }, 'zh')).toBe(matrix.rows);
  });

  it('orders columns as the dimension lists them or by the zones they cover', () => {
    expect(columnOrder(matrix, 'dimension')).toEqual([0, 1, 2, 3, 4]);
    expect(columnOrder(matrix, 'coverage')).toEqual([0, 2, 3, 1, 4]);
  });
});

describe('matrixCsv', () => {
  it('has a header row and one row per zone, in the order and language shown', () => {
    const matrix = buildMatrix(index, ['city', 'district'], sectorDimension);
    const rows = sortRows(matrix.rows, { by: 'column', column: 0 }, 'en');
    const csv = matrixCsv(matrix, rows, [0, 3], 'en');
    expect(csv.startsWith('\uFEFF')).toBe(true);
    const lines = csv.slice(1).trimEnd().split('\r\n');
    expect(lines).toEqual([
      'Plan,Zone,Producer services,Manufacturing',
      '"East, centre, west",Eastern zone,"Financial services; Testing, inspection and certification",Biomedicine',
      '"One ring, two axes",Development ring,Financial services,',
      '"One ring, two axes",Shanghai–Nanjing axis,"Testing, inspection and certification",',
    ]);
    expect(lines).toHaveLength(1 + matrix.rows.length);
  });

  it('writes Chinese names in Chinese', () => {
    const matrix = buildMatrix(index, ['district'], sectorDimension);
    expect(matrixCsv(matrix, matrix.rows, [0], 'zh')).toBe('\uFEFF规划,区域,生产性服务业\r\n东中西,东部片区,金融服务、检验检测认证\r\n');
  });
});
