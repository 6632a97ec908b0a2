import type { Codes } from '../../data/catalog-schema';
import { codeSystems } from '../../data/code-table';
import { useCodeNames } from '../../data/use-code-table';
import { codeLabel, codeSystemTerms } from '../../i18n/code-terms';
import { useT } from '../../i18n/use-t';
import { lensMessages } from '../../i18n/messages-lens';
import { useAppStore } from '../../state/store';

/** A family's or industry's national codes, each with its name in the standard ("C27 医药制造业"). */
export function LensCodes({ codes }: { codes: Codes }) {
  const t = useT(lensMessages);
  const locale = useAppStore((s) => s.locale);
  const names = useCodeNames();
  const systems = codeSystems.filter((system) => (codes[system] ?? []).length > 0);
  if (systems.length === 0) return null;
  return (
    <dl className="lens-codes" aria-label={t('lensCodes')}>
      {systems.map((system) => (
        <div key={system} className="lens-codes__row">
          <dt>{codeSystemTerms[system][locale]}</dt>
          <dd>
            {codes[system]!.map((code) => (
              <span key={code} className="lens-codes__code">
                {codeLabel(system, code, names, locale)}
              </span>
            ))}
          </dd>
        </div>
      ))}
    </dl>
  );
}
