import { Component, type ErrorInfo, type ReactNode } from 'react';
import { dt } from './strings.js';

/** How often the page checks that the hub can serve it again before reloading itself. */
const RETRY_MS = 10_000;

interface State {
  failed: boolean;
}

/**
 * A TV runs unattended: a rendering error must not leave a blank screen for the rest of the
 * day. It shows a plain message and reloads the page as soon as the hub answers (a reload while
 * the hub is down would show the browser's own error page instead).
 */
export class ScreenErrorBoundary extends Component<{ children: ReactNode }, State> {
  override state: State = { failed: false };
  #timer: ReturnType<typeof setInterval> | null = null;

  static getDerivedStateFromError(): State {
    return { failed: true };
  }

  override componentDidCatch(_error: unknown, _info: ErrorInfo): void {
    if (this.#timer) return;
    this.#timer = setInterval(() => {
      void fetch('/api/health', { cache: 'no-store' })
        .then((r) => {
          if (r.ok) window.location.reload();
        })
        .catch(() => {});
    }, RETRY_MS);
  }

  override componentWillUnmount(): void {
    if (this.#timer) clearInterval(this.#timer);
    this.#timer = null;
  }

  override render(): ReactNode {
    if (!this.state.failed) return this.props.children;
    return (
      <div className="screen-failed" role="alert" data-testid="screen-failed">
        {dt('screen.restarting')}
      </div>
    );
  }
}
