import { DOSSIER_TRANSITIONS } from '@motcua/core';
import {
  DOSSIER_CODE_RE,
  type Dossier,
  type DossierActionInput,
  type DossierComponent,
  type DossierStatusCode,
  type PersonRef,
  type Procedure,
  type ReceiveDossierInput,
  type TimeUnit,
} from '@motcua/protocol';
import { dt, type DossierKey } from './strings.js';

// Pure helpers of the dossier screens, unit-tested without a browser (logic.test.ts).

export type ActionType = DossierActionInput['type'];

/**
 * [D5] Which statuses each action starts from: the pure domain's own table (it only decides
 * which buttons are offered; the hub decides in the end).
 */
export const ACTION_FROM: Readonly<Record<ActionType, readonly DossierStatusCode[]>> = Object.fromEntries(
  Object.entries(DOSSIER_TRANSITIONS).map(([type, t]) => [type, t.from]),
) as Record<ActionType, readonly DossierStatusCode[]>;

/** The buttons' order on screen. */
const BUTTON_ORDER: readonly ActionType[] = [
  'start',
  'handoff',
  'request-supplement',
  'supplement-received',
  'request-financial',
  'financial-done',
  'resolve',
  'reschedule',
  'stop',
  'withdraw',
  'return',
];

/** The officer page's buttons, in screen order, for a dossier in `status` (re-schedule only once). */
export function allowedActions(d: Pick<Dossier, 'status' | 'rescheduled'>): ActionType[] {
  return BUTTON_ORDER.filter(
    (a) => ACTION_FROM[a].includes(d.status) && !(a === 'reschedule' && d.rescheduled),
  );
}

/**
 * The buttons this person gets: the holder and an admin all the status allows; a clerk who does
 * not hold it only the counter's `return` and `withdraw`; anyone else none (the hub refuses).
 */
export function actionsFor(
  d: Pick<Dossier, 'status' | 'rescheduled' | 'holder'>,
  user: { id: string; role: string },
): ActionType[] {
  const all = allowedActions(d);
  if (user.role === 'admin' || d.holder.id === user.id) return all;
  if (user.role === 'clerk') return all.filter((a) => a === 'return' || a === 'withdraw');
  return [];
}

/** What an action needs typed in: a required reason, an optional note, a person, a date. */
export function actionNeeds(a: ActionType): 'none' | 'note' | 'reason' | 'handoff' | 'reschedule' | 'return' {
  switch (a) {
    case 'start':
      return 'none';
    case 'handoff':
      return 'handoff';
    case 'reschedule':
      return 'reschedule';
    case 'return':
      return 'return';
    case 'request-supplement':
    case 'request-financial':
    case 'stop':
    case 'withdraw':
      return 'reason';
    default:
      return 'note';
  }
}

/** A component's likely form from its catalog name: "… – xuất trình" is shown, not handed in. */
export function defaultForm(name: string): DossierComponent['form'] {
  const n = name.toLowerCase();
  if (/xuất trình/.test(n)) return 'presented';
  if (/bản sao (có )?chứng thực/.test(n)) return 'certified-copy';
  if (/\bbản sao\b/.test(n)) return 'copy';
  return 'original';
}

/** Components only some applicants need ("(trường hợp …)", "(nếu …)"): not pre-filled as missing. */
export function isConditional(name: string): boolean {
  return /\((trường hợp|nếu|chỉ khi|đối với)/i.test(name);
}

/**
 * The hub's 400 message "Dữ liệu không hợp lệ — applicant.phone: số điện thoại không hợp lệ; …"
 * split into field paths, so each message can sit next to its field. The whole message is
 * always shown too: nothing the hub says is lost.
 */
export function fieldErrors(message: string): Record<string, string> {
  const out: Record<string, string> = {};
  const dash = message.indexOf(' — ');
  const body = dash >= 0 ? message.slice(dash + 3) : message;
  for (const part of body.split(/;\s*/)) {
    const m = /^([A-Za-z0-9_.]+):\s*(.+)$/.exec(part.trim());
    if (m && m[1] && m[2] && !(m[1] in out)) out[m[1]] = m[2];
  }
  return out;
}

const FIELD_LABELS: Record<string, DossierKey> = {
  'applicant.name': 'reception.name',
  'applicant.idNumber': 'reception.idNumber',
  'applicant.phone': 'reception.phone',
  'applicant.address': 'reception.address',
  'applicant.email': 'reception.email',
  sets: 'reception.sets',
  components: 'reception.components',
  processingTime: 'reception.time',
  'processingTime.amount': 'reception.time',
};

/**
 * The hub's field message for people: "Dữ liệu chưa hợp lệ — Số điện thoại: số điện thoại không
 * hợp lệ" instead of a path like `applicant.phone`; any other message unchanged.
 */
export function friendlyMessage(message: string): string {
  const fields = Object.entries(fieldErrors(message));
  if (!fields.length) return message;
  const label = (path: string) => {
    const key = FIELD_LABELS[path] ?? (path.startsWith('components.') ? 'reception.components' : null);
    return key ? dt(key).replace(/^\d+\.\s*/, '').replace(/\s*\(.*\)$/, '') : path;
  };
  return `Dữ liệu chưa hợp lệ — ${fields.map(([path, m]) => `${label(path)}: ${m}`).join('; ')}`;
}

/** The due-date preview query ('+' of an offset encoded as %2B). */
export function dueDatePath(receivedAt: string, amount: number | null, unit: TimeUnit): string {
  const q = [`receivedAt=${encodeURIComponent(receivedAt)}`, `unit=${encodeURIComponent(unit)}`];
  if (amount !== null && unit !== 'same-day') q.splice(1, 0, `amount=${encodeURIComponent(String(amount))}`);
  return `/api/calendar/due-date?${q.join('&')}`;
}

/** "15 ngày làm việc", "8 giờ làm việc", "Trong ngày"; null amount → null (not published). */
export function processingTimeLabel(pt: { amount: number | null; unit: TimeUnit }): string | null {
  if (pt.unit === 'same-day') return dt('unit.same-day');
  if (pt.amount === null) return null;
  return `${String(pt.amount).replace('.', ',')} ${dt(`unit.${pt.unit}` as DossierKey)}`;
}

/** A typed or scanned code, normalised (trimmed, upper case), or null when it cannot be one. */
export function normalizeDossierCode(input: string): string | null {
  const c = input.trim().toUpperCase();
  return DOSSIER_CODE_RE.test(c) ? c : null;
}

/** The `+07:00` of an ISO instant with an offset (the office's), `Z` → `+00:00`. */
export function offsetOf(iso: string): string {
  const m = /([+-]\d{2}:\d{2}|Z)$/.exec(iso);
  return !m || m[1] === 'Z' ? '+00:00' : m[1]!;
}

/** A `datetime-local` value (office wall time) → ISO 8601 with the office offset, or null. */
export function localInputToIso(value: string, offset: string): string | null {
  const m = /^(\d{4}-\d{2}-\d{2})T(\d{2}:\d{2})(:\d{2})?$/.exec(value.trim());
  if (!m) return null;
  const iso = `${m[1]}T${m[2]}${m[3] ?? ':00'}${offset}`;
  return Number.isNaN(Date.parse(iso)) ? null : iso;
}

export interface ComponentRow {
  name: string;
  checked: boolean;
  form: DossierComponent['form'];
  count: number;
  /** Typed by the clerk, not from the catalog. */
  extra: boolean;
}

export interface ReceptionForm {
  procedure: Procedure | null;
  components: ComponentRow[];
  name: string;
  idNumber: string;
  phone: string;
  address: string;
  email: string;
  sets: number;
  returnMethod: 'counter' | 'post';
  /** The clerk's choice when the procedure publishes no time. */
  chosenAmount: string;
  chosenUnit: TimeUnit;
}

/** A form and the ticket (citizen) it is for: another ticket starts blank. */
export interface ReceptionDraft {
  ticketId: string | null;
  form: ReceptionForm;
}

export function emptyForm(): ReceptionForm {
  return {
    procedure: null,
    components: [],
    name: '',
    idNumber: '',
    phone: '',
    address: '',
    email: '',
    sets: 1,
    returnMethod: 'counter',
    chosenAmount: '',
    chosenUnit: 'working-days',
  };
}

export function rowsFor(p: Procedure): ComponentRow[] {
  return p.components.map((name) => ({ name, checked: false, form: defaultForm(name), count: 1, extra: false }));
}

/** The procedure publishes no time (and is not same-day): the clerk must choose one. */
export function needsChosenTime(p: Procedure | null): boolean {
  return !!p && p.processingTime.amount === null && p.processingTime.unit !== 'same-day';
}

/** The time the due date is computed from: the procedure's, or the clerk's valid choice. */
export function effectiveTime(f: ReceptionForm): { amount: number | null; unit: TimeUnit } | null {
  if (!f.procedure) return null;
  if (!needsChosenTime(f.procedure)) return f.procedure.processingTime;
  const amount = Number(f.chosenAmount.replace(',', '.'));
  if (f.chosenUnit === 'same-day') return { amount: null, unit: 'same-day' };
  return f.chosenAmount.trim() && Number.isFinite(amount) && amount > 0 ? { amount, unit: f.chosenUnit } : null;
}

/** What the clerk still has to give before the hub is asked (formats are the hub's to judge). */
export function missingFields(f: ReceptionForm): string[] {
  const miss: DossierKey[] = [];
  if (!f.procedure) miss.push('reception.missing.procedure');
  else if (needsChosenTime(f.procedure) && !effectiveTime(f)) miss.push('reception.missing.time');
  if (!f.components.some((c) => c.checked)) miss.push('reception.missing.components');
  if (!f.name.trim()) miss.push('reception.missing.name');
  if (!f.idNumber.trim()) miss.push('reception.missing.idNumber');
  if (!f.phone.trim()) miss.push('reception.missing.phone');
  if (!f.address.trim()) miss.push('reception.missing.address');
  return miss.map((k) => dt(k));
}

/** The `POST /api/dossiers` body (the form must be complete: see `missingFields`). */
export function receiveInput(f: ReceptionForm, counterId: string): ReceiveDossierInput {
  const time = effectiveTime(f);
  return {
    counterId,
    procedureCode: f.procedure?.code ?? '',
    applicant: {
      name: f.name.trim(),
      idNumber: f.idNumber.replace(/\s+/g, ''),
      phone: f.phone.trim(),
      address: f.address.trim(),
      email: f.email.trim() ? f.email.trim() : null,
    },
    components: f.components
      .filter((c) => c.checked)
      .map((c) => ({ name: c.name.trim(), form: c.form, count: Math.min(99, Math.max(1, Math.round(c.count) || 1)) })),
    sets: Math.min(20, Math.max(1, Math.round(f.sets) || 1)),
    channel: 'in-person',
    returnMethod: f.returnMethod,
    processingTime:
      needsChosenTime(f.procedure) && time ? { amount: time.unit === 'same-day' ? 1 : time.amount ?? 1, unit: time.unit } : null,
    print: true,
  };
}

/** Mẫu 02's list: the components the clerk did not tick (conditional ones left out). */
export function missingComponents(f: ReceptionForm): string[] {
  return f.components.filter((c) => !c.checked && !c.extra && !isConditional(c.name)).map((c) => c.name);
}

/** Everyone seen on dossiers (holders, hand-offs, history), for the hand-off choice; not `exceptId`. */
export function peopleOf(dossiers: ReadonlyArray<Pick<Dossier, 'holder' | 'handoffs' | 'history'> | { holder: PersonRef }>, exceptId: string): PersonRef[] {
  const seen = new Map<string, PersonRef>();
  const add = (p: PersonRef | undefined) => {
    if (p && p.id && p.id !== exceptId && !seen.has(p.id)) seen.set(p.id, p);
  };
  for (const d of dossiers) {
    add(d.holder);
    if ('handoffs' in d)
      for (const h of d.handoffs) {
        add(h.from);
        add(h.to);
      }
    if ('history' in d) for (const e of d.history) add(e.actor);
  }
  return [...seen.values()].sort((a, b) => a.unit.localeCompare(b.unit, 'vi') || a.name.localeCompare(b.name, 'vi'));
}
