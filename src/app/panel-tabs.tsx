import type { ReactNode } from 'react';
import type { MessageKey } from '../i18n/messages';
import type { Panel } from '../state/slices/ui-slice';
import { deferred } from '../features/shared/deferred';
import { ZonePanel } from '../features/zone-card/zone-panel';

// The first view draws only the zone tab's invitation; every other tab is its own chunk.
const IndustryLensPanel = deferred(() => import('../features/industry-lens/industry-lens-panel').then((m) => m.IndustryLensPanel));
const MatrixPanel = deferred(() => import('../features/matrix/matrix-panel').then((m) => m.MatrixPanel));
const ComparePanel = deferred(() => import('../features/compare/compare-panel').then((m) => m.ComparePanel));
const PlanTargetsPanel = deferred(() => import('../features/plan-targets/plan-targets-panel').then((m) => m.PlanTargetsPanel));
const ZoneIndexPanel = deferred(() => import('../features/zone-index/zone-index-panel').then((m) => m.ZoneIndexPanel));

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
