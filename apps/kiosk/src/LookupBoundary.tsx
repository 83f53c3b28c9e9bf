import { Component, type ReactNode } from 'react';
import { BigButton } from '@motcua/ui';
import { kt } from './kioskText.js';

/**
 * A look-up screen that fails to render (an answer the page did not expect) shows a plain
 * message and a way home instead of a blank kiosk; taking a number is never affected.
 */
export class LookupBoundary extends Component<{ onHome: () => void; children: ReactNode }, { failed: boolean }> {
  override state = { failed: false };

  static getDerivedStateFromError(): { failed: boolean } {
    return { failed: true };
  }

  override componentDidCatch(error: unknown): void {
    console.error('kiosk look-up failed to render', error);
  }

  override render(): ReactNode {
    if (!this.state.failed) return this.props.children;
    return (
      <section className="kiosk-error" role="alert">
        <div className="kiosk-error-title">{kt('lookup.crash.title')}</div>
        <p className="kiosk-error-message">{kt('lookup.crash.message')}</p>
        <BigButton size="touch" tone="primary" onClick={this.props.onHome}>
          ⌂ {kt('home.back')}
        </BigButton>
      </section>
    );
  }
}
