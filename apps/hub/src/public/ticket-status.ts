import { Router } from 'express';
import type { QueueState } from '@motcua/core';
import type { OfficeInfo, Ticket } from '@motcua/protocol';
import type { QueueRepository } from '@motcua/store';
import { sendError } from '../http/errors.js';
import type { ServiceTimes } from '../queue/service-times.js';

export interface PublicTicketStatus {
  officeName: string;
  label: string;
  serviceName: string;
  status: Ticket['status'];
  peopleAhead: number;
  estimate: { minMinutes: number; maxMinutes: number } | null;
  counterNumber: number | null;
  issuedAt: string;
  calledAt: string | null;
  today: boolean;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/**
 * The phone page behind the ticket's QR code: position and estimate of one ticket, by its
 * unguessable id. It shows nothing personal (tickets carry none).
 */
export function ticketStatusRouter(deps: {
  state: () => QueueState;
  repo: QueueRepository;
  office: OfficeInfo;
  serviceTimes: ServiceTimes;
}): Router {
  const r = Router();
  r.get('/public/tickets/:id', (req, res) => {
    const id = String(req.params.id);
    if (!UUID.test(id)) return sendError(res, { code: 'BAD_REQUEST', message: 'Mã phiếu không hợp lệ.' });
    const state = deps.state();
    const live = state.tickets.get(id);
    const ticket = live ?? deps.repo.ticketById(id);
    if (!ticket) return sendError(res, { code: 'TICKET_UNKNOWN', message: 'Không tìm thấy phiếu này.' });
    const today = ticket.businessDay === state.businessDay;
    const place = live && today && live.status === 'waiting' ? deps.serviceTimes.position(state, live) : null;
    const body: PublicTicketStatus = {
      officeName: deps.office.name,
      label: ticket.label,
      serviceName: state.services.get(ticket.serviceId)?.name ?? '',
      status: ticket.status,
      peopleAhead: place?.peopleAhead ?? 0,
      estimate: place?.estimate ?? null,
      counterNumber: ticket.counterId ? (state.counters.get(ticket.counterId)?.number ?? null) : null,
      issuedAt: ticket.issuedAt,
      calledAt: ticket.calledAt,
      today,
    };
    res.setHeader('Cache-Control', 'no-store');
    res.json(body);
  });
  return r;
}

/** A small self-contained page for phones; it polls the status every 5 s. */
export function ticketStatusPage(): string {
  return `<!doctype html>
<html lang="vi"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Theo dõi số thứ tự</title>
<style>
body{margin:0;font-family:"Noto Sans",system-ui,sans-serif;background:#f4f6f8;color:#102a43}
main{max-width:480px;margin:0 auto;padding:24px 20px}
.office{font-size:18px;font-weight:700;text-align:center;text-transform:uppercase}
.label{font-size:96px;font-weight:800;text-align:center;margin:12px 0 0;color:#0b4f9c;letter-spacing:2px}
.service{font-size:22px;text-align:center;margin-bottom:20px}
.card{background:#fff;border-radius:14px;padding:18px 20px;box-shadow:0 1px 4px #0002;font-size:22px;line-height:1.5}
.called{background:#0b7a3e;color:#fff;font-size:28px;font-weight:800;text-align:center}
.muted{color:#52606d;font-size:16px;text-align:center;margin-top:16px}
</style></head>
<body><main>
<div class="office" id="office"></div>
<div class="label" id="label">…</div>
<div class="service" id="service"></div>
<div class="card" id="card">Đang tải…</div>
<div class="muted" id="updated">Trang tự cập nhật mỗi 5 giây.</div>
</main>
<script>
const id = location.pathname.split('/').filter(Boolean).pop();
const $ = (x) => document.getElementById(x);
function render(t) {
  $('office').textContent = t.officeName;
  $('label').textContent = t.label;
  $('service').textContent = t.serviceName;
  const card = $('card');
  card.className = 'card';
  if (!t.today) { card.textContent = 'Phiếu này không thuộc ngày làm việc hôm nay.'; return; }
  if (t.status === 'waiting') {
    const est = t.estimate
      ? (t.estimate.minMinutes === 0 ? 'dưới ' + t.estimate.maxMinutes + ' phút'
        : 'khoảng ' + t.estimate.minMinutes + '–' + t.estimate.maxMinutes + ' phút')
      : 'chưa ước tính được';
    card.innerHTML = '';
    card.append(line(t.peopleAhead === 0 ? 'Bạn là người tiếp theo.' : 'Số người chờ trước bạn: ' + t.peopleAhead),
      line('Thời gian chờ dự kiến: ' + est));
  } else if (t.status === 'called' || t.status === 'serving') {
    card.className = 'card called';
    card.textContent = 'MỜI ĐẾN QUẦY ' + (t.counterNumber ?? '');
  } else if (t.status === 'absent') {
    card.textContent = 'Số của bạn đã được gọi nhưng bạn vắng mặt. Vui lòng báo cán bộ tại quầy.';
  } else {
    card.textContent = 'Đã phục vụ xong. Xin cảm ơn!';
  }
}
function line(text) { const d = document.createElement('div'); d.textContent = text; return d; }
async function tick() {
  try {
    const res = await fetch('/api/public/tickets/' + encodeURIComponent(id), { cache: 'no-store' });
    const body = await res.json();
    if (!res.ok) { $('card').textContent = body.error ? body.error.message : 'Không tìm thấy phiếu.'; return; }
    render(body);
    $('updated').textContent = 'Cập nhật lúc ' + new Date().toLocaleTimeString('vi-VN') + ' — tự cập nhật mỗi 5 giây.';
  } catch { $('updated').textContent = 'Mất kết nối — đang thử lại…'; }
}
tick(); setInterval(tick, 5000);
</script></body></html>`;
}
