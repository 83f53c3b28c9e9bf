// Turns the scenario results into the `metrics` map of bench/results.json, the target checks,
// and the readable table.
import { round } from './stats.mjs';

const ratio = (v, f) => (v === null || v === undefined || !f ? null : round(v / f, 2));

function metric(value, unit, floor = null) {
  const v = value === undefined || value === null ? null : round(value, 2);
  const f = floor === undefined || floor === null ? null : round(floor, 2);
  return { value: v, unit, floor: f, ratio: ratio(v, f) };
}

/** CPU (user + system) per WebSocket frame sent, in µs. */
function cpuPerFrame(proc, frames) {
  if (!proc || !frames) return null;
  return ((proc.userS + proc.sysS) * 1e6) / frames;
}

export function buildMetrics(r) {
  const sq = r.sqliteFloor;
  const od = r.officeDay;
  const au = r.audit;
  const b50 = r.floor50;
  const fo = r.fanout;
  const b1k = r.floor1000;
  const tv = r.tvMemory?.available ? r.tvMemory : null;
  const pr = r.print?.available ? r.print : null;
  // Frames written: each `events` frame goes to every client.
  const odFrames = od?.broadcast ? od.broadcast.frames * od.clients : null;
  const f50Frames = b50 ? (b50.sent + (r.floor50Warmup ?? 0)) * b50.listeners : null;
  const f1kFrames = b1k ? (b1k.sent + (r.floor1000Warmup ?? 0)) * b1k.listeners : null;
  return {
    call_to_tv_p50_ms: metric(od?.callToTvMs.p50, 'ms', b50?.latencyMs.p50),
    call_to_tv_p99_ms: metric(od?.callToTvMs.p99, 'ms', b50?.latencyMs.p99),
    // A call is broadcast only after its COMMIT: the durable floor is one commit plus one broadcast.
    call_to_tv_p99_vs_durable_floor_ms: metric(
      od?.callToTvMs.p99,
      'ms',
      b50 && sq ? b50.latencyMs.p99 + sq.commitMs.p99 : null,
    ),
    call_to_tv_max_ms: metric(od?.callToTvMs.max, 'ms', b50?.latencyMs.max),
    tv_broadcast_floor_p50_ms: metric(b50?.latencyMs.p50, 'ms'),
    tv_broadcast_floor_p99_ms: metric(b50?.latencyMs.p99, 'ms'),
    issue_p50_ms: metric(od?.issueMs.p50, 'ms', sq?.commitMs.p50),
    issue_p99_ms: metric(od?.issueMs.p99, 'ms', sq?.commitMs.p99),
    issue_tps: metric(od?.issueTpsSustained, 'tickets/s', sq?.tps),
    // Tickets per second of the hub's own CPU time (user + system) in the office day: the rate it
    // would sustain with one core to itself, whatever the load generators got from the machine.
    call_to_tv_paced_p50_ms: metric(r.officePaced?.callToTvMs.p50, 'ms', b50?.latencyMs.p50),
    call_to_tv_paced_p99_ms: metric(r.officePaced?.callToTvMs.p99, 'ms', b50?.latencyMs.p99),
    hub_cpu_percent_office_paced: metric(r.officePaced?.hub.cpuPercent, '% of a core'),
    issue_tps_kiosks_only: metric(r.issueOnly?.issueTpsSustained, 'tickets/s', sq?.tps),
    issue_kiosks_only_p99_ms: metric(r.issueOnly?.issueMs.p99, 'ms', sq?.commitMs.p99),
    commands_per_commit_kiosks_only: metric(r.issueOnly?.commandsPerTransaction, 'commands'),
    issue_tps_client_ceiling: metric(od?.clientCeilingTps, 'tickets/s', sq?.tps),
    client_cpu_ms_per_ticket: metric(od?.clientCpuMsPerTicket, 'ms'),
    commands_per_commit: metric(od?.commits?.commandsPerTransaction, 'commands'),
    hub_commit_mean_ms: metric(od?.commits?.meanTransactionMs, 'ms', sq?.commitMs.p50),
    events_per_frame: metric(od?.broadcast?.eventsPerFrame, 'events'),
    frames_per_ticket: metric(od?.broadcast?.framesPerTicket, 'frames'),
    issue_tps_per_hub_core: metric(od && od.hub.userS + od.hub.sysS > 0 ? od.issued / (od.hub.userS + od.hub.sysS) : null, 'tickets/s', sq?.tps),
    sqlite_floor_tps: metric(sq?.tps, 'commits/s'),
    sqlite_floor_commit_p50_ms: metric(sq?.commitMs.p50, 'ms'),
    sqlite_floor_commit_p99_ms: metric(sq?.commitMs.p99, 'ms'),
    duplicate_numbers: metric(au ? au.duplicateNumbers : null, 'count'),
    double_calls: metric(au ? Math.max(au.doubleCalls, od?.doubleCalledByAck ?? 0) : null, 'count'),
    called_frame_bytes: metric(od?.calledFrameBytes, 'bytes'),
    hub_cpu_us_per_frame_office_day: metric(cpuPerFrame(od?.hub, odFrames), 'µs', cpuPerFrame(b50?.server, f50Frames)),
    hub_cpu_us_per_frame_fanout: metric(cpuPerFrame(fo?.hub, fo?.framesFirstPhase), 'µs', cpuPerFrame(b1k?.server, f1kFrames)),
    fanout_1000_p50_ms: metric(fo?.latencyMs.p50, 'ms', b1k?.latencyMs.p50),
    fanout_1000_p99_ms: metric(fo?.latencyMs.p99, 'ms', b1k?.latencyMs.p99),
    fanout_1000_finish_call_p99_ms: metric(fo?.finishAndCall?.latencyMs.p99, 'ms', b1k?.latencyMs.p99),
    fanout_1000_floor_p50_ms: metric(b1k?.latencyMs.p50, 'ms'),
    fanout_1000_floor_p99_ms: metric(b1k?.latencyMs.p99, 'ms'),
    hub_rss_mb_1000_clients: metric(fo?.hub.rssMb, 'MB', b1k?.server?.rssMb),
    hub_rss_mb_before_clients: metric(fo?.hub.rssBeforeClientsMb, 'MB'),
    hub_cpu_percent_1000_clients: metric(fo?.hub.cpuPercent, '% of a core', b1k?.server?.cpuPercent),
    hub_cpu_percent_office_day: metric(od?.hub.cpuPercent, '% of a core'),
    tv_heap_before_mb: metric(tv?.before.heapMb, 'MB'),
    tv_heap_after_mb: metric(tv?.after.heapMb, 'MB'),
    tv_heap_growth_mb: metric(tv?.heapGrowthMb, 'MB'),
    tv_dom_nodes_before: metric(tv?.before.nodes, 'nodes'),
    tv_dom_nodes_after: metric(tv?.after.nodes, 'nodes'),
    print_p50_ms: metric(pr?.latencyMs.p50, 'ms'),
    print_p99_ms: metric(pr?.latencyMs.p99, 'ms'),
  };
}

/** The issue's targets, each checked on this run's metrics (null = not measured). */
export function checkTargets(m) {
  const t = (metricName, rule, ok) => ({ metric: metricName, rule, met: ok === null ? null : Boolean(ok) });
  const r = (name) => m[name]?.ratio ?? null;
  const v = (name) => m[name]?.value ?? null;
  const le = (x, lim) => (x === null ? null : x <= lim);
  const ge = (x, lim) => (x === null ? null : x >= lim);
  return [
    t('call_to_tv_p99_ms', '≤ 1.5 × bare broadcast-to-50 p99', le(r('call_to_tv_p99_ms'), 1.5)),
    t('issue_tps', '≥ 1.0 × bare one-row commit rate', ge(r('issue_tps'), 1.0)),
    t('fanout_1000_p99_ms', '≤ 1.25 × bare broadcast-to-1,000 p99', le(r('fanout_1000_p99_ms'), 1.25)),
    t('hub_rss_mb_1000_clients', '≤ 150 MB', le(v('hub_rss_mb_1000_clients'), 150)),
    t('tv_heap_growth_mb', '≤ 10 MB over the calls', le(v('tv_heap_growth_mb'), 10)),
    t('duplicate_numbers', '= 0', v('duplicate_numbers') === null ? null : v('duplicate_numbers') === 0),
    t('double_calls', '= 0', v('double_calls') === null ? null : v('double_calls') === 0),
  ];
}

export function table(metrics, targets) {
  const byMetric = new Map(targets.map((x) => [x.metric, x]));
  const rows = [['metric', 'value', 'unit', 'floor', 'ratio', 'target']];
  const fmt = (x) => (x === null || x === undefined ? '—' : String(x));
  for (const [name, m] of Object.entries(metrics)) {
    const tg = byMetric.get(name);
    const verdict = tg ? `${tg.met === null ? 'n/a' : tg.met ? 'MET' : 'MISSED'} (${tg.rule})` : '';
    rows.push([name, fmt(m.value), m.unit, fmt(m.floor), fmt(m.ratio), verdict]);
  }
  const widths = rows[0].map((_, i) => Math.max(...rows.map((row) => row[i].length)));
  const line = (row) => row.map((c, i) => (i === 0 || i === 2 || i === 5 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join('  ');
  return [line(rows[0]), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.slice(1).map(line)].join('\n');
}
