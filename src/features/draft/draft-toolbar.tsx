import type { ReactNode } from 'react';
import type { MessageKey } from '../../i18n/messages';
import { useT } from '../../i18n/use-t';
import type { DraftTool } from '../../state/slices/draft-slice';
import { useAppStore } from '../../state/store';

const icon = (path: ReactNode) => (
  <svg viewBox="0 0 24 24" width="22" height="22" aria-hidden="true" className="draft-tool__icon">
    {path}
  </svg>
);
const stroke = { fill: 'none', stroke: 'currentColor', strokeWidth: 2, strokeLinejoin: 'round', strokeLinecap: 'round' } as const;

/** Each tool with its name and the icon a phone shows in its place (the name stays its accessible name). */
const tools: [DraftTool, MessageKey, ReactNode][] = [
  ['polygon', 'draftPolygon', icon(<path d="M5 7l9-3 6 8-5 8-10-3z" {...stroke} />)],
  ['linestring', 'draftLine', icon(<path d="M4 18l6-7 4 4 6-9" {...stroke} />)],
  ['point', 'draftPoint', icon(<circle cx="12" cy="12" r="4.5" fill="currentColor" />)],
  ['select', 'draftSelect', icon(<path d="M6 3l12 9-5.5 1.2L15 20l-2.6 1.2-2.6-6.6L6 18z" {...stroke} />)],
];

/** The drawing tools and undo/redo: what a planner reaches for while drawing, in one row on a phone. */
export function DraftToolbar() {
  const t = useT();
  const tool = useAppStore((s) => s.draftTool);
  const history = useAppStore((s) => s.draft);
  const { draftUndone, draftRedone, draftToolChosen } = useAppStore.getState();
  const label = (key: MessageKey) => <span className="draft-tool__label phone-visually-hidden">{t(key)}</span>;
  return (
    <>
      <div className="draft-panel__tools" role="toolbar" aria-label={t('draftTools')}>
        {tools.map(([id, key, glyph]) => (
          <button key={id} type="button" className="draft-tool" aria-pressed={tool === id} onClick={() => draftToolChosen(id)}>
            {glyph}
            {label(key)}
          </button>
        ))}
      </div>
      <div className="draft-panel__history">
        <button type="button" className="draft-tool" onClick={draftUndone} disabled={history.past.length === 0}>
          {icon(<path d="M9 7H5V3M5.5 7.5A8 8 0 1 1 6 17" {...stroke} />)}
          {label('draftUndo')}
        </button>
        <button type="button" className="draft-tool" onClick={draftRedone} disabled={history.future.length === 0}>
          {icon(<path d="M15 7h4V3M18.5 7.5A8 8 0 1 0 18 17" {...stroke} />)}
          {label('draftRedo')}
        </button>
      </div>
    </>
  );
}
