// After the office day: read the hub's SQLite file (hub stopped) and count what must never
// happen — a number issued twice in a business day [Q3], a ticket called twice [Q11].
import Database from 'better-sqlite3';

export function auditOfficeDay(dbPath) {
  const db = new Database(dbPath, { readonly: true, fileMustExist: true });
  try {
    const one = (sql) => db.prepare(sql).pluck().get();
    const issuedEvents = one(`SELECT COUNT(*) FROM events WHERE type = 'ticket:issued'`);
    const calledEvents = one(`SELECT COUNT(*) FROM events WHERE type = 'ticket:called'`);
    const finishedEvents = one(`SELECT COUNT(*) FROM events WHERE type = 'ticket:finished'`);
    // Same (day, label) or same (day, prefix number) issued more than once, from the append-only log.
    const duplicateLabels = one(`
      SELECT COUNT(*) FROM (
        SELECT json_extract(payload, '$.ticket.businessDay') AS day, json_extract(payload, '$.ticket.label') AS label
        FROM events WHERE type = 'ticket:issued' GROUP BY day, label HAVING COUNT(*) > 1)`);
    const duplicateIds = one(`
      SELECT COUNT(*) FROM (
        SELECT json_extract(payload, '$.ticket.id') AS id FROM events WHERE type = 'ticket:issued'
        GROUP BY id HAVING COUNT(*) > 1)`);
    const duplicateRows = one(`
      SELECT COUNT(*) FROM (SELECT business_day, label FROM tickets GROUP BY business_day, label HAVING COUNT(*) > 1)`);
    // A ticket called (not recalled) more than once, and tickets whose call count says so.
    const calledTwiceEvents = one(`
      SELECT COUNT(*) FROM (
        SELECT json_extract(payload, '$.ticket.id') AS id FROM events WHERE type = 'ticket:called'
        GROUP BY id HAVING COUNT(*) > 1)`);
    const calledTwiceRows = one(`SELECT COUNT(*) FROM tickets WHERE call_count > 1`);
    const tickets = one(`SELECT COUNT(*) FROM tickets`);
    return {
      tickets,
      issuedEvents,
      calledEvents,
      finishedEvents,
      duplicateNumbers: duplicateLabels + duplicateIds + duplicateRows,
      doubleCalls: Math.max(calledTwiceEvents, calledTwiceRows),
      detail: { duplicateLabels, duplicateIds, duplicateRows, calledTwiceEvents, calledTwiceRows },
    };
  } finally {
    db.close();
  }
}
