import type { MessageTable } from './messages';

/**
 * Messages of the exhibition kiosk's own screen (visitor card, plan switcher, key), which travel with the
 * kiosk's code (`useT(kioskMessages)`), not in the first view's. Written for a passer-by: no planning terms where plain words do.
 */
const zh = {
  kioskTapHint: '点按彩色区域查看',
  kioskPlans: '选择规划',
  kioskKey: '图例',
  kioskOnMap: '地图上的规划',
  kioskAreaCount: '共 {n} 个区域',
  kioskIndustries: '主要产业',
  kioskTargets: '规划目标',
  kioskSourcesShow: '查看出处',
  kioskSourcesHide: '收起出处',
  kioskOverlapTitle: '这里有 {n} 个区域',
  kioskOverlapHint: '选一个查看',
  kioskStep: '第 {n} / {total} 处',
  kioskInvite: '触摸屏幕开始探索',
  kioskStillThere: '还在浏览吗？',
  kioskReturning: '{n} 秒后回到首页',
  kioskKeepExploring: '继续探索',
} as const;

export type KioskMessageKey = keyof typeof zh;

const en: Record<KioskMessageKey, string> = {
  kioskTapHint: 'Tap a coloured area',
  kioskPlans: 'Choose a plan',
  kioskKey: 'Key',
  kioskOnMap: 'On the map',
  kioskAreaCount: '{n} areas',
  kioskIndustries: 'Main industries',
  kioskTargets: 'What the plan aims for',
  kioskSourcesShow: 'Sources',
  kioskSourcesHide: 'Hide sources',
  kioskOverlapTitle: '{n} areas here',
  kioskOverlapHint: 'Pick one to see it',
  kioskStep: 'Place {n} of {total}',
  kioskInvite: 'Touch to explore',
  kioskStillThere: 'Still exploring?',
  kioskReturning: 'Returning to the start in {n} s',
  kioskKeepExploring: 'Keep exploring',
};

export const kioskMessages: MessageTable<KioskMessageKey> = { zh, en };
