import { assembleCatalog, CatalogBuildError, type AuthoredData } from './assemble-catalog';
import { readAuthoredData, repoDir } from './read-authored';

const source = { id: 'doc', title: { zh: '文件' }, issuer: { zh: '机关' }, year: 2021 };
const ref = { source: 'doc', lines: [1, 2], quote: '环', basis: 'stated' };

function authored(plan: Record<string, unknown>, families: unknown = defaultFamilies): AuthoredData {
  return Object.freeze({
    meta: { path: 'data/meta.yaml', content: { version: '1' } },
    sources: { path: 'data/sources.yaml', content: [source] },
    units: { path: 'data/units.yaml', content: [{ zh: '亿元', en: 'CNY 100 million' }] },
    industries: [
      { path: 'data/industries/a.yaml', content: [{ id: 'finance', name: { zh: '金融' }, aliases: ['金融业'], sector: 'producer-services' }] },
      { path: 'data/industries/b.yaml', content: [{ id: 'finance', name: { zh: '金融' }, aliases: ['现代金融'], sector: 'producer-services' }] },
    ],
    plans: [{ path: 'data/plans/p.yaml', content: plan }],
    families: { path: 'data/families.yaml', content: families },
  });
}

const defaultFamilies = [{ id: 'money', name: { zh: '金融' }, codes: { gbt4754: ['J'] }, industries: { finance: { gbt4754: ['J66'] } } }];

const header = {
  id: 'p',
  name: { zh: '规划' },
  pattern: { zh: '一环' },
  level: 'city',
  area: { zh: '苏州市' },
  period: { zh: '十四五' },
  source: 'doc',
  refs: [ref],
};
const zone = { id: 'p-ring', kind: 'ring', name: { zh: '环' }, districts: [], industryIds: ['finance'], refs: [ref] };
const carrier = { id: 'p-park', name: { zh: '园' }, kind: 'park', zoneIds: ['p-ring'], industryIds: [], refs: [ref] };
const target = { id: 'p-t1', zoneId: 'p-ring', indicator: { zh: '增加值' }, values: { '2025': 10 }, refs: [ref] };

describe('assembleCatalog', () => {
  it('derives planId, the zone↔carrier and zone↔target links, and target scopes', () => {
    const catalog = assembleCatalog(authored({ plan: header, zones: [zone], carriers: [carrier], targets: [target] }));
    expect(catalog.zones[0]).toMatchObject({ planId: 'p', carrierIds: ['p-park'], targetIds: ['p-t1'] });
    expect(catalog.targets[0]?.scope).toEqual({ planId: 'p', zoneId: 'p-ring' });
  });

  it("applies a supplement's zone edits: fields replaced, refs added, carriers linked exactly; an edit of another plan's zone is a problem", () => {
    const data = authored({ plan: header, zones: [zone], carriers: [carrier, { ...carrier, id: 'p-port', zoneIds: [] }] });
    const draftRef = { ...ref, basis: 'inferred', note: { zh: '草稿', en: 'Draft' } };
    const edit = { id: 'p-ring', role: { zh: '门户', en: 'Gateway' }, industryIds: [], carrierIds: ['p-port'], refs: [draftRef] };
    const supplement = { path: 'data/plans/p-draft.yaml', content: { planId: 'p', zoneEdits: [edit] } };
    const catalog = assembleCatalog({ ...data, plans: [...data.plans, supplement] });
    expect(catalog.zones[0]).toMatchObject({ role: { zh: '门户' }, industryIds: [], carrierIds: ['p-port'], refs: [ref, draftRef] });
    expect(catalog.carriers.find((c) => c.id === 'p-park')?.zoneIds).toEqual([]);

    const elsewhere = { path: 'data/plans/q-draft.yaml', content: { planId: 'q', zoneEdits: [{ id: 'p-ring', refs: [] }] } };
    expect(() => assembleCatalog({ ...data, plans: [...data.plans, elsewhere] })).toThrow('data/plans/q-draft.yaml: zoneEdits[0] (id p-ring): no zone p-ring in plan q');
  });

  it('merges an industry written in two files and unites its aliases', () => {
    const catalog = assembleCatalog(authored({ plan: header, zones: [zone] }));
    expect(catalog.industries).toEqual([
      {
        id: 'finance',
        name: { zh: '金融' },
        aliases: ['金融业', '现代金融'],
        sector: 'producer-services',
        familyId: 'money',
        codes: { gbt4754: ['J66'] },
      },
    ]);
    expect(catalog.families).toEqual([{ id: 'money', name: { zh: '金融' }, codes: { gbt4754: ['J'] }, industryIds: ['finance'] }]);
  });

  it('names an industry that is in no family, or in two', () => {
    const plan = { plan: header, zones: [zone] };
    expect(() => assembleCatalog(authored(plan, []))).toThrow(/data\/families\.yaml: industry finance \(金融\) is in no family/);
    const twice = [...defaultFamilies, { id: 'other', name: { zh: '其他' }, codes: { gbt4754: ['L'] }, industries: { finance: {} } }];
    expect(() => assembleCatalog(authored(plan, twice))).toThrow(/families\[other\]\.industries: industry "finance" is already in family "money"/);
  });

  it('names a family without a GB/T 4754 code', () => {
    const noCode = [{ ...defaultFamilies[0], codes: { gbt4754: [] } }];
    expect(() => assembleCatalog(authored({ plan: header, zones: [zone] }, noCode))).toThrow(
      /families\[money\]\.codes\.gbt4754: a family needs at least one GB\/T 4754 code/,
    );
  });

  it('names the file, the record and the field of a malformed value', () => {
    const broken = { ...zone, kind: 'blob' };
    expect(() => assembleCatalog(authored({ plan: header, zones: [broken] }))).toThrow(
      /data\/plans\/p\.yaml: zones\[0\] \(id p-ring\)\.kind/,
    );
  });

  it('names the file and the record of a reference that does not resolve', () => {
    const orphan = { ...carrier, zoneIds: ['p-nowhere'] };
    expect(() => assembleCatalog(authored({ plan: header, zones: [zone], carriers: [orphan] }))).toThrow(
      /data\/plans\/p\.yaml: carriers\[p-park\]\.zoneIds: unknown zone "p-nowhere"/,
    );
  });

  it('reports every problem at once', () => {
    const noRefs = { ...zone, refs: [] };
    const unknownField = { ...carrier, colour: 'red' };
    try {
      assembleCatalog(authored({ plan: header, zones: [noRefs], carriers: [unknownField] }));
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(CatalogBuildError);
      expect((error as CatalogBuildError).problems).toHaveLength(2);
    }
  });

  it("looks a target unit up in the units table, or takes the target's own", () => {
    const counted = { ...target, id: 'p-t2', unit: { zh: '家', en: 'centres' } };
    const catalog = assembleCatalog(authored({ plan: header, zones: [zone], targets: [{ ...target, unit: '亿元' }, counted] }));
    expect(catalog.targets.map((t) => t.unit)).toEqual([{ zh: '亿元', en: 'CNY 100 million' }, { zh: '家', en: 'centres' }]);
    expect(() => assembleCatalog(authored({ plan: header, zones: [zone], targets: [{ ...target, unit: '亿' }] }))).toThrow(
      /data\/plans\/p\.yaml: targets\[0\] \(id p-t1\)\.unit: "亿" is not in data\/units\.yaml/,
    );
  });

  it('rejects a key the contract does not know, in a name as anywhere else', () => {
    const cut = { ...zone, name: { zh: '环', en: 'One ring', 'two axes': null } };
    expect(() => assembleCatalog(authored({ plan: header, zones: [cut] }))).toThrow(
      /data\/plans\/p\.yaml: zones\[0\] \(id p-ring\)\.name: Unrecognized key: "two axes"/,
    );
    const noted = { ...ref, basis: 'inferred', note: { zh: '推断', en: 'Inferred', fr: 'Déduit' } };
    expect(() => assembleCatalog(authored({ plan: header, zones: [{ ...zone, refs: [noted] }] }))).toThrow(/refs\[0\]\.note: Unrecognized key: "fr"/);
  });

  it('fails the comma-trap fixture naming the file, the line, the record and the field', () => {
    const fixture = readAuthoredData(`${repoDir}/tests/data/fixtures/comma-trap`);
    try {
      assembleCatalog(fixture);
      expect.unreachable();
    } catch (error) {
      expect((error as CatalogBuildError).problems).toEqual([
        'tests/data/fixtures/comma-trap/plans/trap.yaml:14: zones[0] (id trap-ring).name: "Technology & Ecology Functional Zone" ' +
          'is not a field: a comma inside an unquoted value of a { … } mapping ends the value; put the whole value in quotes',
      ]);
    }
  });
});
