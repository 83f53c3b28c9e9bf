import type { Procedure } from '@motcua/protocol';
import { processingTimeText } from '../kioskFormat.js';
import { kt } from '../kioskText.js';

/** Procedures as big rows: name, field and processing time. */
export function ProcedureList({
  procedures,
  showField,
  onPick,
}: {
  procedures: Procedure[];
  /** False inside a field's own list, where the field is the title. */
  showField: boolean;
  onPick: (p: Procedure) => void;
}) {
  return (
    <ul className="kiosk-procedures" data-testid="procedure-list">
      {procedures.map((p) => (
        <li key={p.code}>
          <button type="button" className="kiosk-procedure" data-code={p.code} onClick={() => onPick(p)}>
            <span className="kiosk-procedure-name">{p.name}</span>
            <span className="kiosk-procedure-meta">
              {showField ? `${p.field} · ` : ''}
              {kt('catalog.detail.time')}: {processingTimeText(p.processingTime)}
            </span>
          </button>
        </li>
      ))}
    </ul>
  );
}
