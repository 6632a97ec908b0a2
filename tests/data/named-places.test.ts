import { readFileSync } from 'node:fs';
import type { Catalog } from '../../src/data/catalog-schema';
import { formatNamedPlaces, namedPlacesFileSchema, unrecordedCount } from '../../data/scripts/named-places';
import { committedReportPath, readNamedPlacesFile, runNamedPlacesScan } from '../../data/scripts/named-places-file';

const catalog = JSON.parse(readFileSync('public/data/catalog.json', 'utf8')) as Catalog;
const rules = namedPlacesFileSchema.parse(readNamedPlacesFile().content);
const sourceOf = (title: string) => rules.sections.find((s) => `${s.source.slice(0, 3)} ${s.title}` === title)!;

/**
 * The places each scanned section must keep: every zone and carrier with a stated ref in the section's lines.
 * A record lost, renamed or cited elsewhere fails here; a record added to a section belongs in its list.
 */
const placesOfSection: Record<string, string[]> = {
  '000 三、重点领域': [
    'sz-3rd-gen-semiconductor-centre', 'sz-acoustics-innovation-valley', 'sz-biologics-innovation-centre',
    'sz-cacms-university', 'sz-canal-ten-views', 'sz-changshu-port', 'sz-china-suzhou-hr-park',
    'sz-dongshahu-fund-town', 'sz-fenhu-hr-park', 'sz-ftz-legal-services-park', 'sz-ftz-suzhou-area',
    'sz-grand-canal-national-cultural-park', 'sz-hongqiao-cbd-cooperation-area', 'sz-hongqiao-xiangcheng-expo-area',
    'sz-hydrogen-innovation-centre', 'sz-industrial-software-centre', 'sz-intl-rail-logistics-centre',
    'sz-ip-exchange-centre', 'sz-jd-logistics-institute', 'sz-jiangsu-blockchain-cluster',
    'sz-kunshan-cross-strait-zone', 'sz-lujiabang-rail-yard', 'sz-nju-suzhou-campus', 'sz-nqi-base',
    'sz-patent-examination-jiangsu', 'sz-pboc-digital-finance-data-centre', 'sz-quantum-innovation-centre',
    'sz-sip-hr-park', 'sz-sip-testing-cluster', 'sz-snd-ip-services-cluster', 'sz-soochow-univ-future-campus',
    'sz-supercomputing-centre', 'sz-suzhou-center', 'sz-suzhou-finance-town', 'sz-suzhou-north-station',
    'sz-taicang-port', 'sz-taicang-port-logistics-hub', 'sz-taihu-science-city', 'sz-xiangcheng-icv-cluster',
    'sz-yrd-digital-currency-institute', 'sz-yuanhetang-cultural-park', 'sz-zhangjiagang-port',
  ],
  '000 四、空间布局': [
    'sz-airbus-china-rd-centre', 'sz-axis-huning', 'sz-axis-tongsujia', 'sz-baoshan-jiading-taicang',
    'sz-belt-grand-canal', 'sz-belt-hongqiao', 'sz-belt-taihu-wusong', 'sz-belt-yangtze', 'sz-canal-silicon-alleys',
    'sz-canal-ten-views', 'sz-county-changshu', 'sz-county-kunshan', 'sz-county-taicang', 'sz-county-zhangjiagang',
    'sz-digital-canal-centre', 'sz-dushu-lake-sci-edu-zone', 'sz-ftz-linkage-zones', 'sz-ftz-suzhou-area',
    'sz-grand-canal-national-cultural-park', 'sz-hongqiao-cbd-cooperation-area', 'sz-hongqiao-trade-area',
    'sz-hongqiao-transport-hub-area', 'sz-kunshan-cross-strait-zone', 'sz-kunshan-future-city', 'sz-ring',
    'sz-sino-german-taicang-zone', 'sz-sutong-cross-river-zone', 'sz-suzhou-north-station',
    'sz-suzhou-south-station', 'sz-taicang-port-logistics-hub', 'sz-taihu-national-resort', 'sz-taihu-new-town',
    'sz-taihu-science-city', 'sz-traditional-crafts-centre', 'sz-yrd-eco-green-demo-zone',
    'sz-zhangjiagang-bonded-zone', 'sz-zjg-import-trade-demo-zone',
  ],
  '000 五、主要任务': [
    'sz-belt-hongqiao', 'sz-dku', 'sz-ftz-suzhou-area', 'sz-hsr-new-city', 'sz-huaqiao-business-city',
    'sz-sino-japan-cooperation-zone', 'sz-sip-modern-services-park', 'sz-suzhou-science-and-technology-town',
    'sz-wuzhong-testing-cluster', 'sz-xjtlu',
  ],
  '001 一、夯实“吴中服务”发展基础': [
    'wz-agri-products-logistics-park', 'wz-auto-electrical-testing-centre', 'wz-biomedicine-park',
    'wz-china-chip-testing-centre', 'wz-comprehensive-bonded-zone', 'wz-cross-border-ecommerce-park',
    'wz-dongshan-town', 'wz-dushu-lake-demo-zone', 'wz-east-taihu-tech-finance-city',
    'wz-ev-charging-testing-centre', 'wz-explosion-proof-testing-centre', 'wz-finance-adaptation-testing-centre',
    'wz-grain-wholesale-market', 'wz-industrial-adaptation-testing-centre', 'wz-jinfeng-design-cluster',
    'wz-jinting-town', 'wz-kaima-auto-street', 'wz-linghu-village', 'wz-muchunyuan-resort', 'wz-nanhuanqiao-market',
    'wz-organic-recycling-demo', 'wz-public-culture-centre', 'wz-ruiyi-wellness-community',
    'wz-taihu-national-resort', 'wz-taihu-new-city', 'wz-taihu-software-park', 'wz-tech-startup-park',
    'wz-testing-cluster', 'wz-wangshan-town', 'wz-wangshan-village', 'wz-wu-culture-museum',
    'wz-wusongjiang-tech-park', 'wz-wuzhong-etdz', 'wz-xiangshan-workshop', 'wz-xinchuang-strategy-centre',
    'wz-zhoushan-carving-village', 'wz-zju-intelligent-manufacturing-institute',
  ],
  '001 二、擘画“吴中服务”发展蓝图': [
    'wz-cacms-university', 'wz-central', 'wz-comprehensive-bonded-zone', 'wz-dushu-lake-demo-zone', 'wz-east',
    'wz-east-taihu-tech-finance-city', 'wz-industrial-capital-centre', 'wz-taihu-bay-digital-park',
    'wz-taihu-bay-hq-park', 'wz-taihu-eco-island', 'wz-taihu-national-resort', 'wz-taihu-new-city',
    'wz-taihu-software-park', 'wz-taihu-tech-industrial-park', 'wz-west', 'wz-wusongjiang-tech-park',
  ],
  '001 三、建设生产性服务业高质量发展示范区': [
    'wz-agri-products-logistics-park', 'wz-cacms-university', 'wz-cau-organic-recycling-institute',
    'wz-ccic-metrology-park', 'wz-ccid-suzhou', 'wz-civil-aircraft-ai-institute', 'wz-comprehensive-bonded-zone',
    'wz-digital-electronics-centre', 'wz-sinano-wuzhong-base', 'wz-taihu-bay-digital-park', 'wz-taihu-bay-hq-park',
    'wz-taihu-convention-centre', 'wz-xinchuang-industrial-park', 'wz-yrd-aviation-institute',
    'wz-zju-intelligent-manufacturing-institute',
  ],
  '001 四、打造生活性服务业高品质发展样板区': [
    'wz-baodai-bridge', 'wz-cacms-university', 'wz-craftsmen-park', 'wz-dongshan-linhu-resort', 'wz-esports-park',
    'wz-grand-canal-culture-sports-area', 'wz-local-chronicles-jiangnan-branch', 'wz-luzhi-old-town',
    'wz-luzhi-water-town-leisure', 'wz-muchunyuan-resort', 'wz-mudu-old-town', 'wz-mudu-wu-culture-area',
    'wz-suhao-creative-park', 'wz-suzhou-bay-esports-hall', 'wz-taihu-eco-island', 'wz-taihu-heritage-belt',
    'wz-taihu-national-resort', 'wz-taihu-new-city-rural-leisure', 'wz-taihu-park', 'wz-taihu-resort-centre',
    'wz-taihu-sports-town', 'wz-taihu-water-culture-museum', 'wz-wangshan-town', 'wz-wu-culture-museum',
  ],
  '001 五、实施“吴中服务”重点工程': [
    'wz-dushu-lake-demo-zone', 'wz-east-taihu-tech-finance-city', 'wz-taihu-eco-island',
    'wz-taihu-modern-agri-park', 'wz-testing-cluster',
  ],
  '001 六、落实“吴中服务”保障措施': [],
  '002 附件1 主要指标': [],
  '002 附件2 2022年重点工作清单': [
    'sz-iiot-big-data-centre-jiangsu', 'sz-nano-metrology-centre', 'sz-quantum-innovation-centre',
    'sz-robot-equipment-testing-centre', 'sz-sip-hr-park', 'sz-tech-transfer-training-base',
    'sz-xiangcheng-infosec-park', 'sz-yrd-tech-transfer-centre',
  ],
  '003 先进制造业六大重点领域发展规划情况表': [
    'szi-changshu-etdz', 'szi-kunshan-etdz', 'szi-sip', 'szi-snd', 'szi-taicang-port-edz', 'szi-wujiang-etdz',
    'szi-wuzhong-edz', 'szi-xiangcheng-edz', 'szi-zhangjiagang-edz',
  ],
  '003 第四章 二、空间布局': [
    'szi-huning-axis', 'szi-sip', 'szi-tongsujia-axis', 'szi-yanhu-belt', 'szi-yanjiang-belt', 'szi-yanzhe-belt',
  ],
  '003 第五章 一（四）加强重大平台载体建设': [
    'szi-cs-hitech-zone', 'szi-ks-hitech-zone', 'szi-medical-biomedicine-innovation-centre',
    'szi-micro-nano-innovation-centre', 'szi-sunan-innovation-core',
  ],
  '003 第五章 七（一）推进开发区转型创新发展': [
    'szi-cs-hitech-zone', 'szi-ks-cross-strait-zone', 'szi-ks-hitech-zone', 'szi-sunan-innovation-core',
    'szi-taicang-sino-german-park',
  ],
  '004 表1 主要指标': [],
  '004 第三章 现代化产业体系': [
    'snd-ceprei-im-verification', 'snd-cmcc-cloud-capability-centre', 'snd-cmcc-suzhou-rd', 'snd-csip-jiangsu',
    'snd-hr-industrial-park', 'snd-huaihai-street', 'snd-ic-innovation-centre', 'snd-im-integration-centre',
    'snd-industrial-internet-hub', 'snd-ip-services-cluster', 'snd-jiangsu-medical-device-park',
    'snd-medical-device-accelerator', 'snd-shishan-shopping-district', 'snd-taihu-cloud-valley',
    'snd-tencent-digital-base', 'snd-xushuguan-rail-new-town',
  ],
  '004 第四章 特色功能区': [
    'snd-advanced-manufacturing', 'snd-business-innovation', 'snd-dayangshan-digital-park',
    'snd-economic-data-system', 'snd-grand-canal-culture-town', 'snd-hefeng-innovation-park', 'snd-hr-platform',
    'snd-info-wisdom-valley', 'snd-jiangsu-medical-device-park', 'snd-life-health-town',
    'snd-nju-knowledge-economy-circle', 'snd-nju-suzhou', 'snd-shishan-finance-cluster',
    'snd-shishan-finance-service-centre', 'snd-smart-government-platform', 'snd-sst-ngit-park',
    'snd-startup-park-phase4', 'snd-su-embroidery-town', 'snd-suzhou-finance-town', 'snd-taihu-innovation-valley',
    'snd-taihu-lakeside-belt', 'snd-taihu-science-city', 'snd-taihu-wetland-park', 'snd-tech-ecology',
    'snd-western-eco-resort',
  ],
};

describe('the places of each scanned section', () => {
  it('lists every section of data/named-places.yaml', () => {
    expect(Object.keys(placesOfSection).map(sourceOf).every(Boolean)).toBe(true);
    expect(Object.keys(placesOfSection)).toHaveLength(rules.sections.length);
  });

  it.each(Object.entries(placesOfSection))('%s keeps its zones and carriers, each cited to its lines', (title, ids) => {
    const { source, lines: [from, to] } = sourceOf(title);
    const cited = [...catalog.zones, ...catalog.carriers]
      .filter((record) =>
        record.refs.some((ref) => ref.source === source && ref.basis === 'stated' && ref.lines[0] <= to && ref.lines[1] >= from),
      )
      .map((record) => record.id)
      .sort();
    expect(cited).toEqual(ids);
  });
});

describe('data/named-places.yaml', () => {
  it('names only records of the catalog', () => {
    const known = new Set([...catalog.zones, ...catalog.carriers, ...catalog.targets].map((record) => record.id));
    expect(rules.recordedAs.flatMap((entry) => entry.ids).filter((id) => !known.has(id))).toEqual([]);
  });
});

describe.skipIf(!process.env.PLAN_SOURCES_DIR)('the named-places scan of the documents', () => {
  // Scanned when the tests run, not when they are collected: without the documents they are skipped.
  let report: ReturnType<typeof runNamedPlacesScan>;
  beforeAll(() => {
    report = runNamedPlacesScan(catalog, process.env.PLAN_SOURCES_DIR);
  });

  it('finds no named place that is neither recorded nor explained', () => {
    const unrecorded = report.sections.flatMap(({ section, names }) =>
      names.filter((name) => name.status.kind === 'unrecorded').map((name) => `${section.title} l.${name.line} ${name.name}`),
    );
    expect(unrecorded).toEqual([]);
    expect(unrecordedCount(report)).toBe(0);
  });

  it('explains no name it no longer finds', () => {
    expect(report.unusedEntries).toEqual([]);
    expect(report.unknownIds).toEqual([]);
  });

  it('matches the committed copy (run `npm run data:places` after changing data/ or the scan)', () => {
    expect(readFileSync(committedReportPath, 'utf8')).toBe(`${formatNamedPlaces(report)}\n`);
  });
});
