import { useRef, type ReactNode } from 'react';
import { useSheetPosition } from './use-sheet-position';
import './sheet.css';

/**
 * The phone's non-modal bottom sheet: a scroll container over the map whose snap points are the three
 * heights (head only, half, full), so dragging, flinging and momentum are the browser's own. Only the panel
 * takes touches; the transparent space above it lets them through to the map. Past `full` the panel's
 * content scrolls on under its sticky head.
 */
export function BottomSheet({ head, children }: { head: ReactNode; children: ReactNode }) {
  const scroller = useRef<HTMLDivElement>(null);
  const half = useRef<HTMLSpanElement>(null);
  const panel = useRef<HTMLDivElement>(null);
  useSheetPosition({ scroller, half, panel });
  return (
    <div className="sheet" ref={scroller} data-testid="sheet">
      <div className="sheet__track">
        <span className="sheet__stop" aria-hidden="true" />
        <span className="sheet__stop sheet__stop--half" ref={half} aria-hidden="true" />
        <div className="sheet__panel" ref={panel}>
          <div className="sheet__head">{head}</div>
          {children}
        </div>
      </div>
    </div>
  );
}
