// @vitest-environment jsdom
import { render, screen } from '@testing-library/react';
import { ErrorBoundary } from './error-boundary';

function Broken(): never {
  throw new Error('zone card exploded');
}

describe('ErrorBoundary', () => {
  it('shows the error and a reload action instead of a white screen', () => {
    vi.spyOn(console, 'error').mockImplementation(() => {});
    vi.spyOn(console, 'warn').mockImplementation(() => {});
    render(
      <ErrorBoundary>
        <Broken />
      </ErrorBoundary>,
    );
    expect(screen.getByRole('alert')).toHaveTextContent('zone card exploded');
    expect(screen.getByRole('button', { name: '重新加载' })).toBeInTheDocument();
  });
});
