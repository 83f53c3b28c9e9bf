import type { Bieu06Counts, Bieu06Report } from '@motcua/core';

const COLUMNS: Array<{ header: string; group: string; get: (c: Bieu06Counts) => number | string | null }> = [
  { group: 'Số hồ sơ nhận giải quyết', header: 'Tổng số', get: (c) => c.received.total },
  { group: 'Số hồ sơ nhận giải quyết', header: 'Trực tuyến', get: (c) => c.received.onlineNew },
  { group: 'Số hồ sơ nhận giải quyết', header: 'Trực tiếp, dịch vụ bưu chính', get: (c) => c.received.inPersonOrPostNew },
  { group: 'Số hồ sơ nhận giải quyết', header: 'Từ kỳ trước chuyển qua', get: (c) => c.received.carriedOver },
  { group: 'Số hồ sơ đã giải quyết', header: 'Tổng số', get: (c) => c.resolved.total },
  { group: 'Số hồ sơ đã giải quyết', header: 'Trước hạn', get: (c) => c.resolved.early },
  { group: 'Số hồ sơ đã giải quyết', header: 'Đúng hạn', get: (c) => c.resolved.onTime },
  { group: 'Số hồ sơ đã giải quyết', header: 'Quá hạn', get: (c) => c.resolved.late },
  { group: 'Số hồ sơ đang giải quyết', header: 'Tổng số', get: (c) => c.inProgress.total },
  { group: 'Số hồ sơ đang giải quyết', header: 'Trong hạn', get: (c) => c.inProgress.withinTime },
  { group: 'Số hồ sơ đang giải quyết', header: 'Quá hạn', get: (c) => c.inProgress.overdue },
  { group: 'Ghi chú', header: 'Chờ bổ sung', get: (c) => c.waitingSupplement },
  { group: 'Ghi chú', header: 'Rút / dừng', get: (c) => c.withdrawnOrStopped },
  { group: 'Ghi chú', header: 'Tỷ lệ đúng hạn, trước hạn (%)', get: (c) => c.onTimeOrEarlyPercent },
];

const viDate = (iso: string): string => `${iso.slice(8, 10)}/${iso.slice(5, 7)}/${iso.slice(0, 4)}`;

/** Biểu 06 as an .xlsx in the report's layout: title, period, two header rows, a row per field, the total. */
export async function bieu06Workbook(report: Bieu06Report, officeName: string): Promise<Buffer> {
  // loaded on first export: exceljs costs ~28 MB of memory a hub need not carry all day
  const { default: ExcelJS } = await import('exceljs');
  const wb = new ExcelJS.Workbook();
  wb.creator = 'motcua';
  const ws = wb.addWorksheet('Biểu 06', { pageSetup: { orientation: 'landscape', paperSize: 9, fitToPage: true } });
  const width = COLUMNS.length + 2;
  const title = (row: number, text: string, bold = true): void => {
    ws.mergeCells(row, 1, row, width);
    const cell = ws.getCell(row, 1);
    cell.value = text;
    cell.font = { bold, size: bold ? 13 : 11 };
    cell.alignment = { horizontal: 'center' };
  };
  title(1, officeName.toUpperCase());
  title(2, 'TÌNH HÌNH, KẾT QUẢ GIẢI QUYẾT THỦ TỤC HÀNH CHÍNH (Biểu 06, Thông tư 01/2020/TT-VPCP)');
  title(3, `Từ ngày ${viDate(report.period.from)} đến ngày ${viDate(report.period.to)}`, false);

  // header rows 5–6: STT, field/unit, then grouped columns
  ws.mergeCells(5, 1, 6, 1);
  ws.getCell(5, 1).value = 'STT';
  ws.mergeCells(5, 2, 6, 2);
  ws.getCell(5, 2).value = report.groupBy === 'field' ? 'Lĩnh vực giải quyết' : 'Đơn vị';
  let col = 3;
  for (const group of [...new Set(COLUMNS.map((c) => c.group))]) {
    const span = COLUMNS.filter((c) => c.group === group).length;
    ws.mergeCells(5, col, 5, col + span - 1);
    ws.getCell(5, col).value = group;
    col += span;
  }
  COLUMNS.forEach((c, i) => (ws.getCell(6, i + 3).value = c.header));
  for (const r of [5, 6]) {
    ws.getRow(r).font = { bold: true };
    ws.getRow(r).alignment = { horizontal: 'center', vertical: 'middle', wrapText: true };
  }
  ws.getRow(6).height = 45;

  const writeRow = (rowNo: number, stt: string, key: string, counts: Bieu06Counts, bold = false): void => {
    const row = ws.getRow(rowNo);
    row.getCell(1).value = stt;
    row.getCell(2).value = key;
    COLUMNS.forEach((c, i) => (row.getCell(i + 3).value = c.get(counts)));
    if (bold) row.font = { bold: true };
  };
  report.rows.forEach((r, i) => writeRow(7 + i, String(i + 1), r.key, r));
  const totalRow = 7 + report.rows.length;
  writeRow(totalRow, '', 'Tổng số', report.total, true);

  ws.getColumn(1).width = 6;
  ws.getColumn(2).width = 42;
  for (let c = 3; c <= width; c++) ws.getColumn(c).width = 13;
  for (let r = 5; r <= totalRow; r++) {
    for (let c = 1; c <= width; c++) {
      ws.getCell(r, c).border = { top: { style: 'thin' }, left: { style: 'thin' }, bottom: { style: 'thin' }, right: { style: 'thin' } };
    }
  }
  return Buffer.from(await wb.xlsx.writeBuffer());
}

/** Where each column lives (tests read the file back by these positions). */
export const BIEU06_LAYOUT = { firstDataRow: 7, firstCountColumn: 3, headers: COLUMNS.map((c) => `${c.group} / ${c.header}`) };
