/** The link parameters presentation mode owns; src/app/url-state.ts leaves them alone. */
export const presentParams = ['mode', 'tour', 'step'] as const;

// url-state writes commas bare; writing them encoded would make its next comparison see a change.
const toSearch = (params: URLSearchParams) => {
  const query = params.toString().replaceAll('%2C', ',');
  return query ? `?${query}` : '';
};

/** A query string saying "presenting `tourId` at 0-based `index`", every other parameter kept. */
export function withPresentParams(search: string, tourId: string, index: number): string {
  const params = new URLSearchParams(search);
  params.set('mode', 'present');
  params.set('tour', tourId);
  // Counted from 1, as the on-screen indicator and the presenter count.
  params.set('step', String(index + 1));
  return toSearch(params);
}

export function withoutPresentParams(search: string): string {
  const params = new URLSearchParams(search);
  for (const key of presentParams) params.delete(key);
  return toSearch(params);
}

export interface PresentLink {
  tour: string | null;
  step: string | null;
}

/** The presentation a link asks for, or undefined when it asks for none. */
export function readPresentLink(search: string): PresentLink | undefined {
  const params = new URLSearchParams(search);
  if (params.get('mode') !== 'present') return undefined;
  return { tour: params.get('tour'), step: params.get('step') };
}

/** Replaces the current history entry's query; presentation steps never add entries of their own. */
export function replaceSearch(search: string, win: Window = window): void {
  if (search === win.location.search) return;
  win.history.replaceState(win.history.state, '', `${win.location.pathname}${search}${win.location.hash}`);
}
