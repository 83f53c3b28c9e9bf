import type { Procedure } from '@motcua/protocol';
import { processingTimeText } from '../kioskFormat.js';

/** Procedures as big rows: name, field and processing time. */
export function ProcedureList({ procedures, onPick }: { procedures: Procedure[]; onPick: (p: Procedure) => void }) {
  return (
    <ul className="kiosk-procedures" data-testid="procedure-list">
      {procedures.map((p) => (
        <li key={p.code}>
          <button type="button" className="kiosk-procedure" data-code={p.code} onClick={() => onPick(p)}>
            <span className="kiosk-procedure-name">{p.name}</span>
            <span className="kiosk-procedure-meta">
              {p.field} · {processingTimeText(p.processingTime)}
            </span>
          </button>
        </li>
      ))}
    </ul>
  );
}
