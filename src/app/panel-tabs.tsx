import type { ReactNode } from 'react';
import type { MessageKey } from '../i18n/messages';
import type { Panel } from '../state/slices/ui-slice';
import { ComparePanel } from '../features/compare/compare-panel';
import { IndustryLensPanel } from '../features/industry-lens/industry-lens-panel';
import { MatrixPanel } from '../features/matrix/matrix-panel';
import { PlanTargetsPanel } from '../features/plan-targets/plan-targets-panel';
import { ZonePanel } from '../features/zone-card/zone-panel';
import { ZoneIndexPanel } from '../features/zone-index/zone-index-panel';

export interface PanelTab {
  id: Panel;
  label: MessageKey;
  render: () => ReactNode;
  /** Takes the whole window below the header (a table of every zone needs the width); the map returns with any other tab. */
  wide?: boolean;
}

/** The explore view's tabs: both directions of the question, overlaps, comparison, and a list for everyone. */
export const panelTabs: PanelTab[] = [
  { id: 'zone', label: 'tabZone', render: () => <ZonePanel /> },
  { id: 'lens', label: 'tabLens', render: () => <IndustryLensPanel /> },
  { id: 'matrix', label: 'tabMatrix', render: () => <MatrixPanel />, wide: true },
  { id: 'compare', label: 'tabCompare', render: () => <ComparePanel /> },
  { id: 'targets', label: 'tabTargets', render: () => <PlanTargetsPanel /> },
  { id: 'list', label: 'tabList', render: () => <ZoneIndexPanel /> },
];
