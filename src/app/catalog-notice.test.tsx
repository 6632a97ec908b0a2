// @vitest-environment jsdom
import { act, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { initialAppState, useAppStore } from '../state/store';
import { CatalogNotice } from './catalog-notice';
import { LanguageSwitch } from '../features/shared/language-switch';

beforeEach(() => useAppStore.setState(initialAppState, true));

describe('CatalogNotice', () => {
  it('stays hidden while the catalog is fine', () => {
    render(<CatalogNotice />);
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('names the broken file and its problems, in the chosen language', async () => {
    render(
      <>
        <LanguageSwitch />
        <CatalogNotice />
      </>,
    );
    act(() => useAppStore.getState().catalogFailed('data/catalog.json', ['zones.0.kind: Invalid option']));
    const alert = screen.getByRole('alert');
    expect(alert).toHaveTextContent('data/catalog.json');
    expect(alert).toHaveTextContent('zones.0.kind');
    expect(alert).toHaveTextContent('规划数据无法读取');
    await userEvent.click(screen.getByRole('button', { name: 'English' }));
    expect(alert).toHaveTextContent('The plan data could not be read');
  });
});
