import { gbtLevel, type CodeNames, type CodeSystem } from '../data/code-table';
import { localize } from './localize';
import type { Locale } from './messages';

/** The classifications a code belongs to, as a reader knows them. */
export const codeSystemTerms: Record<CodeSystem, Record<Locale, string>> = {
  gbt4754: { zh: '国民经济行业分类（GB/T 4754-2017）', en: 'GB/T 4754-2017 industrial classification' },
  sei2018: { zh: '战略性新兴产业分类（2018）', en: 'Strategic emerging industries (2018)' },
  producer2019: { zh: '生产性服务业统计分类（2019）', en: 'Producer services (2019)' },
  consumer2019: { zh: '生活性服务业统计分类（2019）', en: 'Consumer services (2019)' },
};

const sectionTerm: Record<Locale, string> = { zh: '门类', en: 'Section' };

/** A code as a reader sees it: "门类 J 金融业", "C27 医药制造业"; the code alone until the names have loaded. */
export function codeLabel(system: CodeSystem, code: string, names: CodeNames | undefined, locale: Locale): string {
  const name = names?.name(system, code);
  const section = system === 'gbt4754' && gbtLevel(code) === 'section' ? `${sectionTerm[locale]} ` : '';
  return `${section}${code}${name ? ` ${localize(name, locale)}` : ''}`;
}
