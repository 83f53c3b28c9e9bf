import type { Dossier } from '@motcua/protocol';
import type { ApologySlipData, ControlSheetData, OfficeHeader, ReceiptData } from '@motcua/forms';
import type { HubConfig } from '../config.js';

/** The office header every form carries, from the hub's configuration. */
export function officeHeader(config: HubConfig): OfficeHeader {
  return {
    parentAgency: config.parentAgency,
    agency: config.officeName.toUpperCase(),
    unit: config.unitName.toUpperCase(),
    place: config.placeName,
    timeZone: config.timeZone,
    helpdeskPhone: config.helpdeskPhone,
  };
}

/** Mẫu 01 from a stored dossier. */
export function receiptData(d: Dossier, office: OfficeHeader, fee: string | null, returnPlace: string | null): ReceiptData {
  return {
    office,
    code: d.code,
    applicant: {
      name: d.applicant.name,
      address: d.applicant.address,
      phone: d.applicant.phone,
      email: d.applicant.email,
      idNumber: d.applicant.idNumber,
    },
    procedureName: d.procedureName,
    field: d.field,
    components: d.components,
    sets: d.sets,
    processingTime: d.processingTime,
    receivedAt: d.receivedAt,
    dueAt: d.dueAt,
    returnMethod: d.returnMethod,
    returnPlace,
    logBook: d.logBook,
    entryNumber: d.entryNumber,
    fee,
    receivedBy: { name: d.receivedBy.name, unit: d.receivedBy.unit },
  };
}

/**
 * Mẫu 04 after a re-schedule: issued at the re-schedule, signed by whoever made it (the history
 * entry of that instant) for the reception unit. The same slip is printed and given as PDF.
 */
export function apologyData(d: Dossier, office: OfficeHeader): ApologySlipData {
  const r = d.rescheduled!;
  const by = d.history.find((h) => h.at === r.at)?.actor.name ?? d.holder.name;
  return {
    office,
    issuedAt: r.at,
    code: d.code,
    applicantName: d.applicant.name,
    procedureName: d.procedureName,
    receivedAt: d.receivedAt,
    originalDueAt: r.previousDueAt,
    newDueAt: r.newDueAt,
    reason: r.reason,
    signer: { title: 'TRƯỞNG BỘ PHẬN TIẾP NHẬN VÀ TRẢ KẾT QUẢ', name: by },
  };
}

/** Phiếu kiểm soát quá trình giải quyết hồ sơ from the dossier's hand-offs. */
export function controlSheetData(d: Dossier, office: OfficeHeader, issuedAt: string): ControlSheetData {
  return {
    office,
    issuedAt,
    code: d.code,
    applicantName: d.applicant.name,
    procedureName: d.procedureName,
    receivedAt: d.receivedAt,
    dueAt: d.dueAt,
    resolvingUnit: d.handoffs[d.handoffs.length - 1]?.to.unit ?? d.holder.unit,
    handoffs: d.handoffs.map((h) => ({ from: h.from, to: h.to, givenAt: h.at, receivedAt: h.at, note: h.note })),
    outcome: d.outcome,
  };
}
