// Strings of the kiosk's look-up screens. They belong in `@motcua/ui` i18n (strings.ts, vi + en);
// kept here while that package is edited by others. Vietnamese only for now.
const vi = {
  'home.lookups': 'Tra cứu',
  'home.catalog': 'Tra cứu thủ tục hành chính',
  'home.catalog.hint': 'Giấy tờ cần nộp, thời hạn, lệ phí',
  'home.dossier': 'Tra cứu hồ sơ',
  'home.dossier.hint': 'Quét mã vạch trên giấy hẹn',
  'home.back': 'Về màn hình chính',

  'catalog.title': 'Tra cứu thủ tục hành chính',
  'catalog.fields': 'Chọn lĩnh vực',
  'catalog.count': '{n} thủ tục',
  'catalog.search': 'Tìm theo tên thủ tục',
  'catalog.search.placeholder': 'Gõ tên thủ tục, không cần dấu. Ví dụ: khai sinh',
  'catalog.search.go': 'Tìm',
  'catalog.results': 'Kết quả tìm “{q}”',
  'catalog.results.count': 'Tìm thấy {n} thủ tục',
  'catalog.results.none': 'Không tìm thấy thủ tục nào. Hãy thử từ khác ngắn hơn, ví dụ “khai sinh”, “chung thuc”.',
  'catalog.field.title': 'Lĩnh vực: {field}',
  'catalog.loading': 'Đang tải…',
  'catalog.detail.field': 'Lĩnh vực',
  'catalog.detail.time': 'Thời hạn giải quyết',
  'catalog.detail.fee': 'Phí, lệ phí',
  'catalog.detail.fee.none': 'Chưa công bố',
  'catalog.detail.online': 'Dịch vụ công trực tuyến',
  'catalog.detail.components': 'Thành phần hồ sơ cần chuẩn bị',
  'catalog.detail.components.none': 'Chưa công bố thành phần hồ sơ. Vui lòng hỏi cán bộ tại quầy.',
  'catalog.take': 'Lấy số thứ tự cho thủ tục này',
  'catalog.take.service': 'Số thứ tự loại {prefix} — {name}',
  'catalog.take.none': 'Chưa có quầy nhận số cho lĩnh vực này. Vui lòng hỏi cán bộ hướng dẫn.',
  'catalog.error': 'Chưa tải được danh mục thủ tục. Vui lòng thử lại hoặc hỏi cán bộ.',
  'time.days': '{n} ngày làm việc',
  'time.hours': '{n} giờ làm việc',
  'time.sameDay': 'Trong ngày',
  'time.unknown': 'Chưa công bố',

  'kbd.space': 'Dấu cách',
  'kbd.backspace': 'Xoá',
  'kbd.clear': 'Xoá hết',

  'dossier.title': 'Tra cứu hồ sơ',
  'dossier.scan': 'Đưa mã vạch trên giấy hẹn trả kết quả vào máy quét',
  'dossier.scan.hint': 'hoặc gõ mã hồ sơ bằng bàn phím bên dưới',
  'dossier.code': 'Mã hồ sơ',
  'dossier.code.example': 'Ví dụ: H15.50.05.13-261008-0975',
  'dossier.search': 'Tra cứu',
  'dossier.searching': 'Đang tra cứu…',
  'dossier.again': 'Tra cứu hồ sơ khác',
  'dossier.procedure': 'Thủ tục',
  'dossier.status': 'Tình trạng',
  'dossier.received': 'Ngày tiếp nhận',
  'dossier.due': 'Ngày hẹn trả kết quả',
  'dossier.onTime': 'Đúng hạn',
  'dossier.late': 'Trễ hạn',
  'dossier.details': 'Xem chi tiết tiến độ',
  'dossier.factor.title': 'Xác minh chủ hồ sơ',
  'dossier.factor.hint': 'Nhập 4 số cuối số điện thoại hoặc số căn cước đã khai khi nộp hồ sơ',
  'dossier.factor.go': 'Xem tiến độ',
  'dossier.timeline': 'Tiến độ giải quyết',
  'dossier.timeline.empty': 'Chưa có bước xử lý nào được ghi nhận.',
  'dossier.privacy': 'Vì bảo mật, màn hình tự xoá thông tin sau {n} giây không thao tác.',
  'dossier.err.malformed':
    'Mã hồ sơ “{code}” không đúng dạng. Mã hồ sơ in trên giấy hẹn có dạng H15.50.05.13-261008-0975. Vui lòng quét lại hoặc gõ lại.',
  'dossier.err.notFound': 'Không tìm thấy hồ sơ có mã {code}. Vui lòng kiểm tra lại mã trên giấy hẹn.',
  'dossier.err.factor': 'Số xác minh chưa đúng. Vui lòng nhập 4 số cuối số điện thoại hoặc số căn cước đã khai khi nộp hồ sơ.',
  'dossier.err.rate':
    'Nhập sai quá nhiều lần. Vì bảo mật, vui lòng thử lại sau 15 phút hoặc hỏi cán bộ tại quầy.',
  'dossier.err.other': 'Chưa tra cứu được: {message}',

  'lookup.crash.title': 'Chưa hiển thị được thông tin',
  'lookup.crash.message': 'Xin lỗi, màn hình tra cứu gặp sự cố. Vui lòng thử lại hoặc hỏi cán bộ hướng dẫn.',
  'catalog.empty': 'Danh mục thủ tục chưa có dữ liệu. Vui lòng hỏi cán bộ hướng dẫn.',
  'catalog.take.offline': 'Đang mất kết nối với máy chủ — tạm thời chưa lấy được số, xin vui lòng chờ trong giây lát.',

  'print.failed': '{message} — số của bạn là {label}, vui lòng nhớ số hoặc báo cán bộ.',
  'print.failed.unknown': 'Chưa in được phiếu',
} as const;

export type KioskTextKey = keyof typeof vi;

/** Kiosk look-up string for `key`, `{name}` filled from `params`. */
export function kt(key: KioskTextKey, params?: Record<string, string | number>): string {
  const s: string = vi[key];
  return params ? s.replace(/\{(\w+)\}/g, (m, k: string) => (k in params ? String(params[k]) : m)) : s;
}
