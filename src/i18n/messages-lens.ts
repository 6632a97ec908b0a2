import type { MessageTable } from './messages';

/**
 * Messages of the industry lens on families and codes, the code search and the industry brief. They travel with
 * those panels' code, not in the first view's: `useT(lensMessages)` reads them.
 */
const zh = {
  lensFamily: '产业族',
  lensFamilyHint: '选择一个产业族或产业，查看所有规划中安排它的区域、园区与载体。',
  lensIndustriesOfFamily: '包含的产业',
  lensPlaces: '规划中的位置',
  lensMorePlaces: '显示其余 {plans} 个规划中的 {places} 处',
  lensIndustriesCount: '{n} 个产业',
  lensIndustriesCountOne: '{n} 个产业',
  lensStated: '规划明确',
  lensCarrierIn: '位于',
  lensTargets: '目标',
  lensTasks: '2022 年重点工作',
  lensCodes: '行业代码',
  codeNone: '没有对应代码 {code} 的产业',
  codeInvalid: '“{text}”不是有效的国民经济行业分类代码（门类字母加 2–4 位数字，如 C27、2720）',
  kindFamily: '产业族',
  briefIndustry: '打印产业简报',
  briefIndustryBusy: '正在准备简报…',
  briefExportPng: '导出简报图片',
  briefMapNoteLens: '地图范围为所有相关位置；规划结构为示意',
  briefPlaces: '各规划中的位置',
  briefSources: '出处',
  matrixModeFamilies: '产业族',
  matrixFamilyHint: '每个区域安排了哪些产业族：每格列出该产业族下的产业，粗体 ● 为规划点名的核心产业。点击格子，在产业透镜中查看该产业族并标出此区域。',
  lensDraft: '草稿指定',
  lensFilter: '筛选产业',
  lensClear: '清除',
  lensNone: '没有规划要素安排此产业。',
  lensNoMatch: '没有匹配的产业。',
  lensElements: '个规划要素',
  lensAlso: '又作',
} as const;

export type LensMessageKey = keyof typeof zh;

const en: Record<LensMessageKey, string> = {
  lensFamily: 'Industry family',
  lensFamilyHint: 'Pick a family or an industry to see every zone, park and carrier, in every plan, that is assigned it.',
  lensIndustriesOfFamily: 'Industries in this family',
  lensPlaces: 'Places in the plans',
  lensMorePlaces: 'Show {places} more places in {plans} more plans',
  lensIndustriesCount: '{n} industries',
  lensIndustriesCountOne: '{n} industry',
  lensStated: 'stated by the plan',
  lensCarrierIn: 'in',
  lensTargets: 'Targets',
  lensTasks: '2022 tasks',
  lensCodes: 'Industry codes',
  codeNone: 'No industry with code {code}',
  codeInvalid: '“{text}” is not a valid GB/T 4754 code (a section letter and 2–4 digits, e.g. C27 or 2720)',
  kindFamily: 'Family',
  briefIndustry: 'Print industry brief',
  briefIndustryBusy: 'Preparing the brief…',
  briefExportPng: 'Export brief as image',
  briefMapNoteLens: 'Map framed on every place; plan structures are schematic',
  briefPlaces: 'Places in each plan',
  briefSources: 'Sources',
  matrixModeFamilies: 'Families',
  matrixFamilyHint: 'Which zone gets which industry families: each cell lists the zone\'s industries of the family; bold ● marks those the plan names as core. Choose a cell to open the family in the industry lens, with the zone marked.',
  lensDraft: 'assigned in the draft',
  lensFilter: 'Filter industries',
  lensClear: 'Clear',
  lensNone: 'No plan element is assigned this industry.',
  lensNoMatch: 'No industry matches.',
  lensElements: 'plan elements',
  lensAlso: 'Also written as',
};

export const lensMessages: MessageTable<LensMessageKey> = { zh, en };
