import type { Dossier } from '@motcua/protocol';
import type { Db } from './db.js';

interface Row {
  data: string;
}

const last4 = (s: string): string => s.replace(/\D/g, '').slice(-4);

/** Dossiers (the whole entity as JSON, with indexed columns for queues and statistics). */
export class DossierRepository {
  private readonly s;

  constructor(db: Db) {
    this.s = {
      nextSeq: db.prepare<[string], { last_seq: number }>(
        `INSERT INTO dossier_days (office_day, last_seq) VALUES (?, 1)
         ON CONFLICT (office_day) DO UPDATE SET last_seq = last_seq + 1 RETURNING last_seq`,
      ),
      insert: db.prepare(
        `INSERT INTO dossiers (code, office_day, seq, procedure_code, field, status, received_at, due_at, result_at,
           holder_id, phone_last4, id_last4, data, updated_at)
         VALUES (@code, @officeDay, @seq, @procedureCode, @field, @status, @receivedAt, @dueAt, @resultAt,
           @holderId, @phoneLast4, @idLast4, @data, @updatedAt)`,
      ),
      update: db.prepare(
        `UPDATE dossiers SET status = @status, due_at = @dueAt, result_at = @resultAt, holder_id = @holderId,
           data = @data, updated_at = @updatedAt WHERE code = @code`,
      ),
      byCode: db.prepare<[string], Row & { phone_last4: string; id_last4: string }>(
        `SELECT data, phone_last4, id_last4 FROM dossiers WHERE code = ?`,
      ),
      open: db.prepare<[], Row>(`SELECT data FROM dossiers WHERE status IN (2, 4, 5, 6) ORDER BY due_at`),
      byHolder: db.prepare<[string], Row>(
        `SELECT data FROM dossiers WHERE holder_id = ? AND status IN (2, 4, 5, 6) ORDER BY due_at`,
      ),
      upTo: db.prepare<[string], Row>(`SELECT data FROM dossiers WHERE received_at <= ? ORDER BY received_at`),
    };
  }

  /** The next sequence number of an office day: never reused, safe in a transaction. */
  nextSeq(officeDay: string): number {
    return this.s.nextSeq.get(officeDay)!.last_seq;
  }

  insert(d: Dossier, officeDay: string, seq: number): void {
    this.s.insert.run({
      code: d.code,
      officeDay,
      seq,
      procedureCode: d.procedureCode,
      field: d.field,
      status: d.status,
      receivedAt: d.receivedAt,
      dueAt: d.dueAt,
      resultAt: d.resultAt,
      holderId: d.holder.id,
      phoneLast4: last4(d.applicant.phone),
      idLast4: d.applicant.idNumber.slice(-4).toUpperCase(),
      data: JSON.stringify(d),
      updatedAt: d.history[d.history.length - 1]?.at ?? d.receivedAt,
    });
  }

  update(d: Dossier): void {
    this.s.update.run({
      code: d.code,
      status: d.status,
      dueAt: d.dueAt,
      resultAt: d.resultAt,
      holderId: d.holder.id,
      data: JSON.stringify(d),
      updatedAt: d.history[d.history.length - 1]?.at ?? d.receivedAt,
    });
  }

  byCode(code: string): Dossier | null {
    const r = this.s.byCode.get(code);
    return r ? (JSON.parse(r.data) as Dossier) : null;
  }

  /** The owner factors of a dossier: last 4 digits of the phone and of the ID number. */
  ownerFactors(code: string): { phone: string; id: string } | null {
    const r = this.s.byCode.get(code);
    return r ? { phone: r.phone_last4, id: r.id_last4 } : null;
  }

  open(): Dossier[] {
    return this.s.open.all().map((r) => JSON.parse(r.data) as Dossier);
  }

  heldBy(holderId: string): Dossier[] {
    return this.s.byHolder.all(holderId).map((r) => JSON.parse(r.data) as Dossier);
  }

  /** Every dossier received up to an instant (for period statistics). */
  receivedUpTo(iso: string): Dossier[] {
    return this.s.upTo.all(iso).map((r) => JSON.parse(r.data) as Dossier);
  }
}
