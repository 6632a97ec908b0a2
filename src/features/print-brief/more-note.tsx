import { useAppStore } from '../../state/store';
import { moreText } from '../export/export-content';

/** The last line of a list that was cut to fit the page. */
export function MoreNote({ count }: { count: number }) {
  const locale = useAppStore((s) => s.locale);
  if (count <= 0) return null;
  return <p className="brief__more">{moreText(count, locale)}</p>;
}
