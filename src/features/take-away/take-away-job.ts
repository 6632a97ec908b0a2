import type { ReactNode } from 'react';
import { create } from 'zustand';

export type TakeAwayKind = 'print' | 'image';

/** A one-page take-away (a zone's or an industry's brief), laid out in the page to be printed or drawn. */
export interface TakeAwaySheet {
  /** The class of the element the sheet is laid out in: its print and off-screen styles. */
  className: string;
  content: ReactNode;
  /** The PNG's file name, when the sheet is saved as an image. */
  fileName?: string;
}

export interface TakeAwayJob extends TakeAwaySheet {
  /** Which button asked for it, so that only that button says it is busy. */
  owner: string;
  kind: TakeAwayKind;
}

interface TakeAwayState {
  /** The take-away being prepared or drawn, until the print dialog opens or the image is saved. */
  busy?: { owner: string; kind: TakeAwayKind };
  /** The sheet in the page, from the moment it is prepared until it has been printed or drawn. */
  job?: TakeAwayJob;
}

/**
 * The take-away in hand, held apart from the panels that ask for it: a window resized across the phone's width
 * or a tablet turned swaps those panels, and a sheet being prepared must not go with them. It holds a large
 * image and React content, so it lives here rather than in the app's serialisable store.
 */
export const useTakeAway = create<TakeAwayState>()(() => ({}));

/**
 * Prepares a take-away with `make` (a map snapshot, the plans' details) and hands it to the take-away host,
 * which prints it or saves it. One at a time: a second ask while one is being prepared is ignored.
 */
export async function takeAway(owner: string, kind: TakeAwayKind, make: () => Promise<TakeAwaySheet>): Promise<void> {
  if (useTakeAway.getState().busy) return;
  // A printed sheet whose afterprint never came goes now.
  useTakeAway.setState({ busy: { owner, kind }, job: undefined });
  try {
    const sheet = await make();
    useTakeAway.setState({ job: { ...sheet, owner, kind } });
  } catch (error) {
    console.warn('the take-away could not be prepared', error);
    useTakeAway.setState({ busy: undefined });
  }
}

/** The print dialog is open: the button is free again, the sheet stays in the page until the print is over. */
export const takeAwayHandedOver = () => useTakeAway.setState({ busy: undefined });

/** Printed or saved: the sheet, and the large snapshot in it, leave the page. */
export const takeAwayDone = () => useTakeAway.setState({ busy: undefined, job: undefined });

/** What the owner's take-away is busy with, if anything. */
export const useTakeAwayBusy = (owner: string): TakeAwayKind | undefined =>
  useTakeAway((state) => (state.busy?.owner === owner ? state.busy.kind : undefined));
