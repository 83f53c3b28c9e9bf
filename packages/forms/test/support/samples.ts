import type { ApologySlipData, ControlSheetData, OfficeHeader, ReceiptData, RefusalSlipData, SupplementSlipData } from '../../src/index.js';

export const CODE = 'H15.50.05.13-261128-0975';

export const OFFICE: OfficeHeader = {
  parentAgency: 'UBND Thành phố Hồ Chí Minh',
  agency: 'UBND phường Bến Thành',
  place: 'Phường Bến Thành',
  timeZone: 'Asia/Ho_Chi_Minh',
  helpdeskPhone: '028 3829 1234',
};

export const RECEIPT: ReceiptData = {
  office: OFFICE,
  code: CODE,
  applicant: {
    name: 'Nguyễn Thị Hằng',
    address: '12 Lê Thánh Tôn, phường Bến Thành, Thành phố Hồ Chí Minh',
    phone: '0903 123 456',
    email: 'hang.nguyen@example.vn',
    idNumber: '079189001234',
  },
  procedureName: 'Đăng ký biến động quyền sử dụng đất, quyền sở hữu nhà ở và tài sản khác gắn liền với đất do chuyển nhượng, tặng cho, thừa kế',
  field: 'Đất đai',
  components: [
    { name: 'Đơn đăng ký biến động đất đai, tài sản gắn liền với đất (Mẫu số 11/ĐK)', form: 'original', count: 1 },
    { name: 'Giấy chứng nhận quyền sử dụng đất, quyền sở hữu nhà ở và tài sản khác gắn liền với đất', form: 'original', count: 1 },
    { name: 'Hợp đồng chuyển nhượng quyền sử dụng đất đã công chứng', form: 'certified-copy', count: 2 },
    { name: 'Căn cước công dân của bên nhận chuyển nhượng', form: 'presented', count: 1 },
    { name: 'Tờ khai lệ phí trước bạ', form: 'copy', count: 1 },
  ],
  sets: 1,
  processingTime: { amount: 10, unit: 'working-days' },
  receivedAt: '2026-11-28T02:05:00Z',
  dueAt: '2026-12-12T09:00:00Z',
  returnMethod: 'counter',
  returnPlace: 'Quầy số 3',
  logBook: '01/2026',
  entryNumber: 975,
  fee: '50.000 đồng (lệ phí đăng ký)',
  receivedBy: { name: 'Trần Văn Bình' },
};

export const SUPPLEMENT: SupplementSlipData = {
  office: OFFICE,
  issuedAt: '2026-11-28T02:30:00Z',
  applicantName: 'Lê Văn Đức',
  procedureName: 'Đăng ký khai sinh',
  items: ['Bản chính giấy chứng sinh do cơ sở y tế cấp', 'Giấy tờ chứng minh nơi cư trú của cha hoặc mẹ (xuất trình bản chính)'],
  reason: 'Hồ sơ chưa đủ thành phần theo quy định',
  guidance: 'Ông/Bà bổ sung một lần các giấy tờ trên và nộp lại tại Quầy số 2.',
  officer: { name: 'Phạm Thị Mai' },
  contact: null,
};

export const REFUSAL: RefusalSlipData = {
  office: OFFICE,
  issuedAt: '2026-11-28T03:10:00Z',
  applicantName: 'Hoàng Minh Tuấn',
  procedureName: 'Chứng thực chữ ký trong giấy tờ, văn bản',
  reasons: ['Giấy tờ, văn bản có nội dung trái pháp luật, đạo đức xã hội (khoản 4 Điều 25 Nghị định 23/2015/NĐ-CP)'],
  officer: { name: 'Phạm Thị Mai' },
};

export const APOLOGY: ApologySlipData = {
  office: OFFICE,
  issuedAt: '2026-12-10T08:00:00Z',
  code: CODE,
  applicantName: 'Nguyễn Thị Hằng',
  procedureName: RECEIPT.procedureName,
  receivedAt: RECEIPT.receivedAt,
  originalDueAt: RECEIPT.dueAt,
  newDueAt: '2026-12-17T09:00:00Z',
  reason: 'Cần xác minh thêm nguồn gốc thửa đất với cơ quan thuế và Văn phòng đăng ký đất đai',
  signer: { title: 'CHỦ TỊCH', name: 'Võ Thanh Sơn' },
};

export const CONTROL_SHEET: ControlSheetData = {
  office: OFFICE,
  issuedAt: '2026-12-12T08:30:00Z',
  code: CODE,
  applicantName: 'Nguyễn Thị Hằng',
  procedureName: RECEIPT.procedureName,
  receivedAt: RECEIPT.receivedAt,
  dueAt: RECEIPT.dueAt,
  resolvingUnit: 'Văn phòng đăng ký đất đai – Chi nhánh Quận 1',
  coordinatingUnits: ['Chi cục Thuế khu vực Quận 1'],
  handoffs: [
    { from: { name: 'Trần Văn Bình', unit: 'Bộ phận một cửa' }, to: { name: 'Lý Thu Hà', unit: 'VPĐKĐĐ Quận 1' }, givenAt: '2026-11-28T08:00:00Z', result: 'on-time' },
    { from: { name: 'Lý Thu Hà', unit: 'VPĐKĐĐ Quận 1' }, to: { name: 'Đỗ Quang Huy', unit: 'Chi cục Thuế' }, givenAt: '2026-12-02T02:00:00Z', receivedAt: '2026-12-02T03:15:00Z', result: 'early', note: 'Xác định nghĩa vụ tài chính' },
    { from: { name: 'Lý Thu Hà', unit: 'VPĐKĐĐ Quận 1' }, to: { name: 'Trần Văn Bình', unit: 'Bộ phận một cửa' }, givenAt: '2026-12-11T09:30:00Z', result: 'early' },
  ],
  outcome: 'early',
  notes: null,
};
