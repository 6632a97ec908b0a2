import type { Carrier, Industry, ZoneKind } from '../data/catalog-schema';
import type { Locale } from './messages';

type Terms<K extends string> = Record<K, Record<Locale, string>>;

export const zoneKindTerms: Terms<ZoneKind> = {
  ring: { zh: '环', en: 'Ring' },
  axis: { zh: '发展轴', en: 'Axis' },
  belt: { zh: '发展带', en: 'Belt' },
  area: { zh: '片区', en: 'Zone' },
  park: { zh: '园区', en: 'Park' },
  county: { zh: '县域', en: 'County-level city' },
  corridor: { zh: '廊道', en: 'Corridor' },
  cluster: { zh: '开发区 / 集群', en: 'Development zone' },
};

export const sectorTerms: Terms<Industry['sector']> = {
  'producer-services': { zh: '生产性服务业', en: 'Producer services' },
  'consumer-services': { zh: '生活性服务业', en: 'Consumer services' },
  manufacturing: { zh: '制造业', en: 'Manufacturing' },
  emerging: { zh: '新兴产业', en: 'Emerging industries' },
  other: { zh: '其他', en: 'Other' },
};

export const carrierKindTerms: Terms<Carrier['kind']> = {
  park: { zh: '园区', en: 'Park' },
  platform: { zh: '平台', en: 'Platform' },
  cluster: { zh: '集聚区', en: 'Cluster' },
  town: { zh: '小镇', en: 'Town' },
  hub: { zh: '枢纽', en: 'Hub' },
  project: { zh: '项目', en: 'Project' },
  institution: { zh: '机构', en: 'Institution' },
  other: { zh: '其他', en: 'Other' },
};

export const sectorOrder: Industry['sector'][] = ['producer-services', 'consumer-services', 'emerging', 'manufacturing', 'other'];
