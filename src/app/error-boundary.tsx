import { Component, type ErrorInfo, type ReactNode } from 'react';
import { messages } from '../i18n/messages';
import { useAppStore } from '../state/store';
import { isKioskLaunch, scheduleKioskRestart } from './kiosk-restart';

interface Props {
  children: ReactNode;
}
interface State {
  error?: Error;
}

/** Any render error shows a readable message and a way back, never a white screen. */
export class ErrorBoundary extends Component<Props, State> {
  state: State = {};
  private cancelRestart?: () => void;

  static getDerivedStateFromError(error: Error): State {
    return { error };
  }

  componentDidCatch(error: Error, info: ErrorInfo) {
    console.warn('render error', error, info.componentStack);
    // An unattended kiosk starts over by itself instead of waiting for a click.
    this.cancelRestart ??= scheduleKioskRestart();
  }

  componentWillUnmount() {
    this.cancelRestart?.();
  }

  render() {
    if (!this.state.error) return this.props.children;
    // The store may be what failed, so read the language defensively.
    const t = messages[useAppStore.getState().locale] ?? messages.zh;
    return (
      <div className="fatal" role="alert">
        <h1>{t.errorTitle}</h1>
        <p>{t.errorBody}</p>
        {isKioskLaunch() && <p>{t.errorKioskRestart}</p>}
        <pre className="fatal__detail">{this.state.error.message}</pre>
        <button type="button" className="button button--primary" onClick={() => window.location.reload()}>
          {t.reload}
        </button>
      </div>
    );
  }
}
