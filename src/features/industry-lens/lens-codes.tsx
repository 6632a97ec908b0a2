import type { Codes } from '../../data/catalog-schema';
import { codeSystems, gbtLevel, type CodeSystem } from '../../data/code-table';
import { useCodeNames } from '../../data/use-code-table';
import { localize } from '../../i18n/localize';
import type { MessageKey } from '../../i18n/messages';
import { useT } from '../../i18n/use-t';
import { useAppStore } from '../../state/store';

const systemLabels: Record<CodeSystem, MessageKey> = {
  gbt4754: 'codeGbt',
  sei2018: 'codeSei',
  producer2019: 'codeProducer',
  consumer2019: 'codeConsumer',
};

/** A family's or industry's national codes, each with its name in the standard ("C27 医药制造业"). */
export function LensCodes({ codes }: { codes: Codes }) {
  const t = useT();
  const locale = useAppStore((s) => s.locale);
  const names = useCodeNames();
  const systems = codeSystems.filter((system) => (codes[system] ?? []).length > 0);
  if (systems.length === 0) return null;
  return (
    <dl className="lens-codes" aria-label={t('lensCodes')}>
      {systems.map((system) => (
        <div key={system} className="lens-codes__row">
          <dt>{t(systemLabels[system])}</dt>
          <dd>
            {codes[system]!.map((code) => {
              const name = names?.name(system, code);
              const prefix = system === 'gbt4754' && gbtLevel(code) === 'section' ? `${t('codeSection')} ` : '';
              return (
                <span key={code} className="lens-codes__code">
                  <span className="lens-codes__id">
                    {prefix}
                    {code}
                  </span>
                  {name && ` ${localize(name, locale)}`}
                </span>
              );
            })}
          </dd>
        </div>
      ))}
    </dl>
  );
}
