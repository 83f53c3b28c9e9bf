import { getLang } from '@motcua/ui';

/**
 * The display app's own strings (Vietnamese first). They belong in packages/ui's i18n table;
 * kept here while packages/ui is edited by others (see README "To move to packages/ui").
 */
const vi = {
  'cd.state.calling': 'Đang gọi',
  'cd.state.serving': 'Đang phục vụ',
  'cd.state.paused': 'Tạm dừng',
  'cd.state.closed': 'Quầy đóng',
  'cd.state.idle': 'Đang mở',
  'cd.unknown': 'Không tìm thấy quầy “{id}”. Kiểm tra lại đường dẫn của màn hình quầy.',
  'tv.profileUnknown': 'Không tìm thấy cấu hình màn hình “{id}” — đang hiển thị toàn bộ các quầy.',
  'tv.volume': 'Âm lượng',
  'tv.volumeDown': 'Giảm âm lượng',
  'tv.volumeUp': 'Tăng âm lượng',
  'tv.voiceError': 'Không tải được giọng đọc — bấm để thử lại',
  'screen.restarting': 'Màn hình đang khởi động lại…',
} as const;

export type DisplayMessageKey = keyof typeof vi;

const en: Record<DisplayMessageKey, string> = {
  'cd.state.calling': 'Calling',
  'cd.state.serving': 'Serving',
  'cd.state.paused': 'Paused',
  'cd.state.closed': 'Closed',
  'cd.state.idle': 'Open',
  'cd.unknown': 'Counter “{id}” not found. Check this counter display’s address.',
  'tv.profileUnknown': 'Display profile “{id}” not found — showing every counter.',
  'tv.volume': 'Volume',
  'tv.volumeDown': 'Volume down',
  'tv.volumeUp': 'Volume up',
  'tv.voiceError': 'Voice could not be loaded — click to retry',
  'screen.restarting': 'Restarting the screen…',
};

export function dt(key: DisplayMessageKey, params?: Record<string, string | number>): string {
  const s: string = getLang() === 'en' ? en[key] : vi[key];
  return params ? s.replace(/\{(\w+)\}/g, (m, k: string) => (k in params ? String(params[k]) : m)) : s;
}
