import { existsSync } from 'node:fs';
import { join } from 'node:path';
import express, { type Express } from 'express';

/** URL path → app folder. The TV page lives at /tv (the display app). */
export const WEB_APPS = [
  { path: '/kiosk', dir: 'kiosk', title: 'Kiosk lấy số' },
  { path: '/desk', dir: 'desk', title: 'Quầy giao dịch (cán bộ)' },
  { path: '/tv', dir: 'display', title: 'Màn hình phòng chờ (TV)' },
  { path: '/admin', dir: 'admin', title: 'Quản trị' },
] as const;

/** Serves each built app with an index.html fallback for client-side routes. */
export function mountWebApps(app: Express, appsRoot: string): void {
  for (const w of WEB_APPS) {
    const dist = join(appsRoot, w.dir, 'dist');
    app.use(w.path, express.static(dist, { index: 'index.html', maxAge: '1h', setHeaders: noCacheHtml }));
    app.get(`${w.path}{/*rest}`, (_req, res) => {
      const index = join(dist, 'index.html');
      if (existsSync(index)) {
        res.setHeader('Cache-Control', 'no-cache');
        res.sendFile(index);
      } else {
        res.status(503).type('text').send(`Chưa build giao diện ${w.dir}: chạy "npm run build".`);
      }
    });
  }
}

function noCacheHtml(res: { setHeader(k: string, v: string): void }, path: string): void {
  if (path.endsWith('.html')) res.setHeader('Cache-Control', 'no-cache');
}

export function landingPage(officeName: string): string {
  const links = WEB_APPS.map((w) => `<li><a href="${w.path}/">${w.title}</a></li>`).join('');
  return `<!doctype html><html lang="vi"><meta charset="utf-8"><title>motcua</title>
<body style="font:20px system-ui;margin:40px"><h1>${escapeHtml(officeName)}</h1><ul>${links}</ul></body></html>`;
}

function escapeHtml(s: string): string {
  return s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}
