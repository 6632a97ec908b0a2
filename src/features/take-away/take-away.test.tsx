// @vitest-environment jsdom
import { act, render, screen, waitFor } from '@testing-library/react';
import { initialAppState, useAppStore } from '../../state/store';
import { TakeAwayHost } from './take-away-host';
import { takeAway, useTakeAway, useTakeAwayBusy, type TakeAwaySheet } from './take-away-job';

const saved: string[] = [];
vi.mock('../shared/download-file', () => ({ downloadFile: (_blob: Blob, fileName: string) => saved.push(fileName) }));
let drawn: Blob | null = new Blob(['png']);
vi.mock('html-to-image', () => ({ toBlob: async () => drawn }));

/** A sheet whose preparation ends when the test says so. */
function heldSheet(): { make: () => Promise<TakeAwaySheet>; release: () => void } {
  let release = () => {};
  const ready = new Promise<void>((resolve) => (release = resolve));
  return {
    make: async () => {
      await ready;
      return { className: 'print-only', content: <h1>东部片区</h1>, fileName: 'brief.png' };
    },
    release,
  };
}

function Owner() {
  const busy = useTakeAwayBusy('zone-brief east');
  return <p data-testid="owner">{busy ?? 'idle'}</p>;
}

let print: ReturnType<typeof vi.spyOn>;
beforeEach(() => {
  useAppStore.setState(initialAppState, true);
  useTakeAway.setState({ busy: undefined, job: undefined });
  saved.length = 0;
  drawn = new Blob(['png']);
  print = vi.spyOn(window, 'print').mockImplementation(() => {});
});
afterEach(() => print.mockRestore());

describe('the take-away host', () => {
  it('prints a sheet whose button left the page while it was prepared, and removes it after printing', async () => {
    const { rerender } = render(
      <>
        <Owner />
        <TakeAwayHost />
      </>,
    );
    const sheet = heldSheet();
    let asked!: Promise<void>;
    act(() => void (asked = takeAway('zone-brief east', 'print', sheet.make)));
    expect(screen.getByTestId('owner')).toHaveTextContent('print');
    // The phone's layout takes the wide layout's panel, and its button, away.
    rerender(<TakeAwayHost />);
    await act(async () => {
      sheet.release();
      await asked;
    });
    await waitFor(() => expect(print).toHaveBeenCalledTimes(1));
    expect(document.body.querySelector(':scope > .print-only')).toHaveTextContent('东部片区');
    expect(useTakeAway.getState().busy).toBeUndefined();
    act(() => void window.dispatchEvent(new Event('afterprint')));
    expect(document.body.querySelector('.print-only')).toBeNull();
  });

  it('takes one at a time: a second ask while one is prepared is ignored', async () => {
    render(<TakeAwayHost />);
    const first = heldSheet();
    const second = vi.fn(heldSheet().make);
    let asked!: Promise<void>;
    act(() => void (asked = takeAway('zone-brief east', 'print', first.make)));
    await act(() => takeAway('industry-brief finance', 'image', second));
    expect(second).not.toHaveBeenCalled();
    await act(async () => {
      first.release();
      await asked;
    });
    await waitFor(() => expect(print).toHaveBeenCalledTimes(1));
  });

  it('saves an image under its file name and leaves nothing behind; a failed drawing says so', async () => {
    render(<TakeAwayHost />);
    await act(() => takeAway('industry-brief finance', 'image', async () => ({ className: 'ibrief-sheet', content: <p>金融</p>, fileName: 'brief.png' })));
    await waitFor(() => expect(saved).toEqual(['brief.png']));
    await waitFor(() => expect(useTakeAway.getState().job).toBeUndefined());
    expect(document.body.querySelector('.ibrief-sheet')).toBeNull();
    expect(print).not.toHaveBeenCalled();

    drawn = null;
    await act(() => takeAway('industry-brief finance', 'image', async () => ({ className: 'ibrief-sheet', content: <p>金融</p>, fileName: 'brief.png' })));
    await waitFor(() => expect(useAppStore.getState().notices.map((n) => n.text)).toEqual(['无法导出图片：地图尚未就绪。']));
    expect(saved).toEqual(['brief.png']);
    expect(useTakeAway.getState().busy).toBeUndefined();
  });

  it('frees the button when the preparation fails', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    render(<Owner />);
    await act(() => takeAway('zone-brief east', 'print', async () => Promise.reject(new Error('no map'))));
    expect(screen.getByTestId('owner')).toHaveTextContent('idle');
    expect(useTakeAway.getState().job).toBeUndefined();
    warn.mockRestore();
  });
});
