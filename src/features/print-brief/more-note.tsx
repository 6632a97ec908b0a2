import { useAppStore } from '../../state/store';
import { moreText } from '../shared/export-content';

/** The last line of a list that was cut to fit the page; `then` says where to find the rest. */
export function MoreNote({ count, then }: { count: number; then?: string }) {
  const locale = useAppStore((s) => s.locale);
  if (count <= 0) return null;
  return (
    <p className="brief__more">
      {moreText(count, locale)}
      {then && ` · ${then}`}
    </p>
  );
}
