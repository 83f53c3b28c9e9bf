import type { Dossier } from '@motcua/protocol';
import { formatShort } from './format.js';
import { dt } from './strings.js';

/** Where a dossier stands, as rows of a `dos-facts` list: its result (if any), who holds it, how it is returned. */
export function DossierStateRows({ dossier, timeZone }: { dossier: Dossier; timeZone: string }) {
  return (
    <>
      {dossier.resultAt ? (
        <>
          <dt>{dt('detail.resultAt')}</dt>
          <dd>
            {formatShort(dossier.resultAt, timeZone)}
            {dossier.outcome ? ` — ${dt(`detail.outcome.${dossier.outcome}`)}` : ''}
          </dd>
        </>
      ) : null}
      <dt>{dt('detail.holder')}</dt>
      <dd>
        {dossier.holder.name} ({dossier.holder.unit})
      </dd>
      <dt>{dt('reception.returnMethod')}</dt>
      <dd>{dt(`reception.return.${dossier.returnMethod}`)}</dd>
    </>
  );
}
