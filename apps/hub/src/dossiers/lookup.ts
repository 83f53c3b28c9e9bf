import { isOverdue, parseDossierCode } from '@motcua/core';
import { DOSSIER_STATUS, type ApiError, type Dossier, type DossierLookup } from '@motcua/protocol';
import type { DossierRepository } from '@motcua/store';

const WINDOW_MS = 15 * 60_000;
const MAX_PER_CODE = 5;
const MAX_PER_DEVICE = 20;

/**
 * Public look-up at the kiosk. Without the owner factor (last 4 digits of the phone or ID
 * number) it shows only status and due date; never a name or ID number. Wrong factors are
 * rate-limited per code and per device.
 */
export class DossierLookupService {
  private readonly failures = new Map<string, number[]>();

  constructor(
    private readonly repo: DossierRepository,
    private readonly now: () => number,
  ) {}

  lookup(rawCode: string, factor: string | null, device: string): { ok: true; value: DossierLookup } | { ok: false; error: ApiError } {
    const parsed = parseDossierCode(rawCode);
    if (!parsed) {
      return { ok: false, error: { code: 'BAD_REQUEST', message: 'Mã hồ sơ không đúng dạng. Vui lòng quét lại mã vạch trên giấy hẹn.' } };
    }
    const d = this.repo.byCode(parsed.code);
    if (!d) return { ok: false, error: { code: 'NOT_FOUND', message: `Không tìm thấy hồ sơ ${parsed.code}. Vui lòng kiểm tra lại mã.` } };
    const base = this.summary(d);
    if (factor === null || factor === '') return { ok: true, value: base };
    const now = this.now();
    const codeKey = `${device}|${d.code}`;
    if (this.recent(codeKey, now) >= MAX_PER_CODE || this.recent(device, now) >= MAX_PER_DEVICE) {
      return { ok: false, error: { code: 'RATE_LIMITED', message: 'Nhập sai quá nhiều lần. Vui lòng thử lại sau 15 phút hoặc hỏi cán bộ tại quầy.' } };
    }
    const f = this.repo.ownerFactors(d.code)!;
    const typed = factor.trim().toUpperCase();
    if (!/^[0-9A-Z]{4}$/.test(typed) || (typed !== f.phone && typed !== f.id)) {
      this.fail(codeKey, now);
      this.fail(device, now);
      return { ok: false, error: { code: 'FORBIDDEN', message: 'Số xác minh chưa đúng (4 số cuối điện thoại hoặc giấy tờ tùy thân).' } };
    }
    this.failures.delete(codeKey);
    return {
      ok: true,
      value: {
        ...base,
        timeline: d.history.map((h) => ({ at: h.at, status: h.status, statusName: DOSSIER_STATUS[h.status], unit: h.actor.unit })),
      },
    };
  }

  private summary(d: Dossier): DossierLookup {
    const onTime = d.outcome ? d.outcome !== 'late' : !isOverdue(d, this.now());
    return {
      code: d.code,
      procedureName: d.procedureName,
      status: d.status,
      statusName: DOSSIER_STATUS[d.status],
      receivedAt: d.receivedAt,
      dueAt: d.dueAt,
      onTime,
      timeline: null,
    };
  }

  private recent(key: string, now: number): number {
    const list = (this.failures.get(key) ?? []).filter((t) => now - t < WINDOW_MS);
    if (list.length) this.failures.set(key, list);
    else this.failures.delete(key);
    return list.length;
  }

  private fail(key: string, now: number): void {
    this.failures.set(key, [...(this.failures.get(key) ?? []), now]);
  }
}
