import type { ButtonHTMLAttributes, ReactNode } from 'react';

export type ButtonTone = 'primary' | 'secondary' | 'danger' | 'success' | 'warning' | 'quiet';

export interface BigButtonProps extends ButtonHTMLAttributes<HTMLButtonElement> {
  tone?: ButtonTone;
  /** `touch`: kiosk targets (≥ 64 px tall, large text); `desk`: compact but still ≥ 48 px. */
  size?: 'touch' | 'desk';
  /** A keyboard shortcut shown on the button. */
  shortcut?: string;
  children: ReactNode;
}

/** The one button of every screen: high contrast, big target, visible focus. */
export function BigButton({ tone = 'primary', size = 'desk', shortcut, className, children, ...rest }: BigButtonProps) {
  return (
    <button
      type="button"
      {...rest}
      className={['mc-btn', `mc-btn-${tone}`, `mc-btn-${size}`, className].filter(Boolean).join(' ')}
    >
      <span className="mc-btn-label">{children}</span>
      {shortcut ? <kbd className="mc-btn-kbd">{shortcut}</kbd> : null}
    </button>
  );
}
