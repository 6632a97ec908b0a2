// @vitest-environment jsdom
import { act, render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { initialAppState, useAppStore } from '../../state/store';
import { fixtureCatalog } from '../../test/fixture-catalog';
import { ExportButton } from './export-button';
import { catalogInStore } from '../../test/catalog-in-store';

beforeEach(() => {
  useAppStore.setState(initialAppState, true);
  useAppStore.setState({ ...catalogInStore(fixtureCatalog) });
});

describe('ExportButton', () => {
  it('waits for the map, and says so when there is no map image to export', async () => {
    render(<ExportButton />);
    const button = screen.getByRole('button', { name: '导出图片' });
    expect(button).toBeDisabled();
    act(() => useAppStore.getState().mapStatusChanged('ready'));
    expect(button).toBeEnabled();
    await userEvent.click(button);
    await waitFor(() => expect(useAppStore.getState().notices.map((n) => n.text)).toEqual(['无法导出图片：地图尚未就绪。']));
  });

  it('is named in the chosen language', () => {
    act(() => useAppStore.getState().localeChosen('en'));
    render(<ExportButton />);
    expect(screen.getByRole('button', { name: 'Export image' })).toBeInTheDocument();
  });
});
