import type { DossierComponent, DossierOutcome, TimeUnit } from '@motcua/protocol';

export const DEFAULT_UNIT = 'BỘ PHẬN TIẾP NHẬN VÀ TRẢ KẾT QUẢ';
export const NATIONAL_NAME = 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM';
export const NATIONAL_MOTTO = 'Độc lập - Tự do - Hạnh phúc';

export const COMPONENT_FORM_LABELS: Readonly<Record<DossierComponent['form'], string>> = {
  original: 'Bản chính',
  copy: 'Bản sao',
  'certified-copy': 'Bản sao chứng thực',
  presented: 'Xuất trình',
};

export const OUTCOME_LABELS: Readonly<Record<DossierOutcome, string>> = {
  early: 'Trước hạn',
  'on-time': 'Đúng hạn',
  late: 'Quá hạn',
};

export const RETURN_METHOD_LABELS: Readonly<Record<'counter' | 'post', string>> = {
  counter: 'Bộ phận tiếp nhận và trả kết quả',
  post: 'Qua dịch vụ bưu chính công ích',
};

/** "10 ngày làm việc", "8 giờ làm việc", "Trong ngày", "Theo quy định" (amount not published). */
export function formatProcessingTime(time: { amount: number | null; unit: TimeUnit }): string {
  if (time.unit === 'same-day') return 'Trong ngày';
  if (time.amount === null) return 'Theo quy định';
  const amount = String(time.amount).replace('.', ',');
  return time.unit === 'working-hours' ? `${amount} giờ làm việc` : `${amount} ngày làm việc`;
}
