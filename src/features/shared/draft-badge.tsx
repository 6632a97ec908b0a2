import { useT } from '../../i18n/use-t';
import { draftMessages } from '../../i18n/messages-draft';
import './shared.css';

/** Marks a zone, row or cell of a planner's draft: 草稿 / Draft, never to be taken for the plan's own. */
export function DraftBadge() {
  const t = useT(draftMessages);
  return <span className="badge badge--draft">{t('draftBadge')}</span>;
}
