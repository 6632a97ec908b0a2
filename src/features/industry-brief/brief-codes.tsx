import type { Codes } from '../../data/catalog-schema';
import { codeSystems } from '../../data/code-table';
import { useCodeNames } from '../../data/use-code-table';
import { codeLabel, codeSystemTerms } from '../../i18n/code-terms';
import { useAppStore } from '../../state/store';

/** The codes on one or two lines: "国民经济行业分类（GB/T 4754-2017） 门类 M 科学研究和技术服务业 · …". */
export function BriefCodes({ codes }: { codes: Codes }) {
  const locale = useAppStore((s) => s.locale);
  const names = useCodeNames();
  const separator = locale === 'zh' ? '；' : '; ';
  return (
    <p className="ibrief__codes">
      {codeSystems
        .filter((system) => (codes[system] ?? []).length > 0)
        .map((system) => (
          <span key={system} className="ibrief__code-system">
            <span className="ibrief__term">{codeSystemTerms[system][locale]}</span>{' '}
            {codes[system]!.map((code) => codeLabel(system, code, names, locale)).join(separator)}
          </span>
        ))}
    </p>
  );
}
