export { DOSSIER_SEQ_MAX, formatDossierCode, nextDossierSeq, parseDossierCode } from './code.js';
export type { ParsedDossierCode } from './code.js';
export { addWorkingMs, WORKING_HOUR_MS, workingMsBetween } from './working-time.js';
export {
  ACTIVE_DOSSIER_STATUSES,
  dossierClockAt,
  effectiveDueAt,
  extendedDueAt,
  isActiveDossierStatus,
  isDueSoon,
  isOverdue,
  outcomeOf,
  dossierPauseAt,
  receptionDueAt,
} from './time.js';
export type { ReceptionDueInput } from './time.js';
export { allowedDossierActions, applyDossierAction, DOSSIER_TRANSITIONS } from './lifecycle.js';
export type { DossierAction, DossierActionType, DossierContext } from './lifecycle.js';
export { newReceivedDossier } from './receive.js';
export type { ReceivedDossierInput } from './receive.js';
export { bieu06, bieu06Buckets, checkBieu06Period, dossierEndedAt } from './bieu06.js';
export type { Bieu06Buckets, Bieu06Counts, Bieu06Options, Bieu06Period, Bieu06Report, Bieu06Row } from './bieu06.js';
