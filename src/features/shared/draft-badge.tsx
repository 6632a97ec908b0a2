import { useT } from '../../i18n/use-t';
import './shared.css';

/** Marks a zone, row or cell of a planner's draft: 草稿 / Draft, never to be taken for the plan's own. */
export function DraftBadge() {
  const t = useT();
  return <span className="badge badge--draft">{t('draftBadge')}</span>;
}
