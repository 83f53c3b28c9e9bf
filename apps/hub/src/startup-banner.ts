import type { DemoCredentials } from './seed/demo.js';

/** What a new user needs after `npm start`: the page URLs and the demo logins. */
export function startupBanner(o: {
  port: number;
  host: string;
  publicUrl: string | null;
  dbPath: string;
  demo: DemoCredentials | null;
  printedDir: string | null;
}): string {
  const base = o.publicUrl ?? `http://localhost:${o.port}`;
  const t = o.demo?.deviceTokens;
  const lines = [
    '',
    '  motcua — hub đang chạy / hub running',
    `  Cơ sở dữ liệu / database : ${o.dbPath}`,
    '',
    `  Kiosk lấy số    : ${base}/kiosk/${t ? `?token=${t.kiosk}` : ''}`,
    `  TV phòng chờ    : ${base}/tv/${t ? `?token=${t.display}` : ''}`,
    `  Quầy (cán bộ)   : ${base}/desk/`,
    `  Quản trị        : ${base}/admin/`,
    `  Kiểm tra        : ${base}/api/health`,
  ];
  if (o.printedDir) {
    lines.push('', `  Máy in ảo: phiếu in ra thành ảnh PNG trong / virtual printer writes tickets to:`, `    ${o.printedDir}`);
  }
  if (o.demo) {
    lines.push(
      '',
      '  Tài khoản demo / demo logins (đổi khi dùng thật / change them for real use):',
      `    quản trị: ${o.demo.admin.username} / ${o.demo.admin.password}`,
      ...o.demo.clerks.map((c) => `    quầy ${c.counterNumber}: ${c.username} / ${c.password}`),
      ...o.demo.officers.map((x) => `    ${x.unit}: ${x.username} / ${x.password}`),
    );
  }
  return `${lines.join('\n')}\n\n`;
}
