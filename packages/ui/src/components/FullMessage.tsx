import type { ReactNode } from 'react';

/** A whole-screen message (no device token, refused by the hub): never a blank page. */
export function FullMessage({ title, children }: { title: string; children?: ReactNode }) {
  return (
    <div className="mc-fullmsg" role="alert">
      <strong>{title}</strong>
      {children}
    </div>
  );
}
