import type { Codes } from '../../data/catalog-schema';
import { codeSystems, gbtLevel, type CodeSystem } from '../../data/code-table';
import { useCodeNames } from '../../data/use-code-table';
import { localize } from '../../i18n/localize';
import type { MessageKey } from '../../i18n/messages';
import { useT } from '../../i18n/use-t';
import { useAppStore } from '../../state/store';

const labels: Record<CodeSystem, MessageKey> = {
  gbt4754: 'codeGbt',
  sei2018: 'codeSei',
  producer2019: 'codeProducer',
  consumer2019: 'codeConsumer',
};

/** The codes on one or two lines: "国民经济行业分类（GB/T 4754-2017） 门类 M 科学研究和技术服务业 · …". */
export function BriefCodes({ codes }: { codes: Codes }) {
  const t = useT();
  const locale = useAppStore((s) => s.locale);
  const names = useCodeNames();
  return (
    <p className="ibrief__codes">
      {codeSystems
        .filter((system) => (codes[system] ?? []).length > 0)
        .map((system) => (
          <span key={system} className="ibrief__code-system">
            <span className="ibrief__term">{t(labels[system])}</span>{' '}
            {codes[system]!.map((code) => {
              const name = names?.name(system, code);
              const section = system === 'gbt4754' && gbtLevel(code) === 'section' ? `${t('codeSection')} ` : '';
              return `${section}${code}${name ? ` ${localize(name, locale)}` : ''}`;
            }).join(locale === 'zh' ? '；' : '; ')}
          </span>
        ))}
    </p>
  );
}
