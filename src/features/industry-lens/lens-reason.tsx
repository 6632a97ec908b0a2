import type { Industry } from '../../data/catalog-schema';
import type { PlaceReason } from '../../data/lens-scope';
import { localize } from '../../i18n/localize';
import { useT } from '../../i18n/use-t';
import { lensMessages } from '../../i18n/messages-lens';
import { useAppStore } from '../../state/store';

/** Why a zone is in the lens, and (for a family) which of its industries: "规划明确 · 金融服务、科技金融". */
export function LensReason({ reason, industries }: { reason: PlaceReason; industries?: Industry[] }) {
  const t = useT(lensMessages);
  const locale = useAppStore((s) => s.locale);
  const list = (names: string[]) => names.join(locale === 'zh' ? '、' : ', ');
  const why = (() => {
    switch (reason.kind) {
      case 'stated':
        return t('lensStated');
      case 'draft':
        return t('lensDraft');
      case 'carrier':
        return `${t('lensVia')} ${list(reason.carriers.map((c) => localize(c.name, locale)))}`;
      case 'parent':
        return `${t('lensViaParent')} ${localize(reason.parent.name, locale)}`;
    }
  })();
  return (
    <span className={`lens-result__why lens-result__why--${reason.kind}`}>
      {why}
      {industries && industries.length > 0 && ` · ${list(industries.map((i) => localize(i.name, locale)))}`}
    </span>
  );
}
