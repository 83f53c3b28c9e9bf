import { createServer, type Server as HttpServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import express, { type Express } from 'express';
import { Server } from 'socket.io';
import type { Logger } from 'pino';
import { businessDayOf } from '@motcua/core';
import { setPrinterFontDir, type TransportFactoryOptions } from '@motcua/printer';
import {
  AuthRepository,
  CalendarRepository,
  CatalogRepository,
  DossierRepository,
  EventLog,
  PrintRepository,
  QueueRepository,
  type Db,
} from '@motcua/store';
import { AuthService } from './auth/auth-service.js';
import type { Clock } from './clock.js';
import type { HubConfig } from './config.js';
import { errorHandler } from './http/errors.js';
import { apiRouter } from './http/routes.js';
import { AgentGateway } from './agents/agent-gateway.js';
import { pairingRouter } from './devices/pairing.js';
import { DisplaySettingsStore, displayRouter } from './displays/display-settings.js';
import { CallLog } from './queue/call-log.js';
import { CommandBus } from './queue/command-bus.js';
import { buildSnapshot } from './queue/snapshot.js';
import { Realtime, type HubServer } from './realtime.js';
import { seedDemo, type DemoCredentials } from './seed/demo.js';
import { landingPage, mountWebApps } from './web-apps.js';
import { lanBaseUrl } from './lan-url.js';
import { PrintService } from './printing/print-service.js';
import { attachPrintSocket, printRouter } from './printing/print-routes.js';
import { ServiceTimes } from './queue/service-times.js';
import { ticketStatusPage, ticketStatusRouter } from './public/ticket-status.js';
import { CalendarService } from './calendar/calendar-service.js';
import { catalogRouter } from './catalog/catalog-routes.js';
import { CatalogService } from './catalog/catalog-service.js';
import { dossierRouter } from './dossiers/dossier-routes.js';
import { DossierService } from './dossiers/dossier-service.js';
import { officeHeader } from './dossiers/forms-data.js';
import { DossierLookupService } from './dossiers/lookup.js';

export const HUB_VERSION = '0.1.0';

export interface HubDeps {
  db: Db;
  clock: Clock;
  log: Logger;
  config: HubConfig;
  /** Folder holding apps/<app>/dist; defaults to this repository's apps folder. */
  appsRoot?: string;
  /** The procedure catalog used to seed the demo. */
  proceduresPath?: string;
  /** Where transports find the virtual printer (profiles with `transport.kind: 'virtual'`). */
  printerTransports?: TransportFactoryOptions;
}

export interface Hub {
  app: Express;
  io: HubServer;
  server: HttpServer;
  bus: CommandBus;
  auth: AuthService;
  print: PrintService;
  dossiers: DossierService;
  demo: DemoCredentials | null;
  listen(port?: number, host?: string): Promise<number>;
  close(): Promise<void>;
}

const here = dirname(fileURLToPath(import.meta.url));
/** apps/hub/src (tests) and apps/hub/dist (bundle) are both two levels below apps/. */
const defaultAppsRoot = resolve(here, '../..');

/** Builds a hub with no side effects beyond the given database; call `listen` to serve. */
export async function createHub(deps: HubDeps): Promise<Hub> {
  const { db, clock, log, config } = deps;
  const appsRoot = deps.appsRoot ?? defaultAppsRoot;
  // The printer's bundled fonts, found from the repository layout (the hub bundle lives in apps/hub/dist).
  const fontDir = join(appsRoot, '../hardware/printer/fonts');
  setPrinterFontDir(fontDir);
  const queueRepo = new QueueRepository(db);
  const authRepo = new AuthRepository(db);
  const printRepo = new PrintRepository(db);
  const auth = new AuthService(authRepo, clock, config.sessionHours);
  const proceduresPath = deps.proceduresPath ?? join(appsRoot, 'hub/seed/procedures.vi.json');
  const demo = config.seed === 'demo' ? await seedDemo(queueRepo, auth, printRepo, proceduresPath) : null;
  const nowIso = (): string => new Date(clock.now()).toISOString();
  const catalog = new CatalogService(new CatalogRepository(db), nowIso);
  if (config.seed === 'demo') catalog.seedIfEmpty(proceduresPath);
  const calendar = new CalendarService(new CalendarRepository(db), nowIso);
  calendar.seed(join(appsRoot, '../packages/core/src/calendar/fixtures/holidays.vi.json'));

  const settings = { timeZone: config.timeZone, issuingHours: config.issuingHours };
  const office = { name: config.officeName, unitName: config.unitName, timeZone: config.timeZone };
  const today = businessDayOf(clock.now(), config.timeZone);
  const state = queueRepo.loadState(today);
  const bus = new CommandBus(state, db, queueRepo, clock, settings, log.child({ category: 'queue' }));
  const counterNumber = (id: string): number | undefined => bus.current().counters.get(id)?.number;
  const callLog = new CallLog(queueRepo.recentCalls(today, 20, counterNumber));
  const serviceTimes = new ServiceTimes(queueRepo.recentServiceTimes(today, 300));
  let listeningPort = config.port;

  const app = express();
  app.disable('x-powered-by');
  app.set('trust proxy', config.trustProxy);
  const server = createServer(app);
  const io: HubServer = new Server(server, {
    serveClient: false,
    maxHttpBufferSize: 64 * 1024,
    // missed packets are kept 30 s (a longer gap gets a fresh snapshot): bounds memory under load
    connectionStateRecovery: { maxDisconnectionDuration: 30_000, skipMiddlewares: false },
  });
  let print: PrintService | null = null;
  const displays = new DisplaySettingsStore(queueRepo);
  const snapshot = (seq: number) =>
    buildSnapshot(
      bus.current(),
      seq,
      clock.now(),
      office,
      callLog.list(),
      { printers: print?.printerInfos() ?? [], failedPrintJobs: print?.failedJobs() ?? [] },
      displays.get(),
    );
  const realtime = new Realtime(io, bus, auth, callLog, snapshot, log.child({ category: 'realtime' }), queueRepo.lastSeq());
  const agents = new AgentGateway(io, auth, log.child({ category: 'agent' }));
  print = new PrintService({
    agents,
    repo: printRepo,
    devices: authRepo,
    clock,
    log: log.child({ category: 'print' }),
    office,
    transports: deps.printerTransports ?? {},
    serviceTimes,
    publicUrl: () => config.publicUrl ?? lanBaseUrl(listeningPort),
    footer: config.ticketFooter,
    publish: (e) =>
      e.name === 'print:updated'
        ? realtime.publish('print:updated', { at: e.job.updatedAt, job: e.job })
        : realtime.publish('printer:changed', { at: e.printer.checkedAt ?? new Date(clock.now()).toISOString(), printer: e.printer }),
  });
  const printing = print;
  agents.attach(printing);
  bus.addTransactionHook((name, own, actor, state) => {
    if (name !== 'ticket:issue') return {};
    const issued = own.find((e) => e.type === 'ticket:issued');
    return issued && issued.type === 'ticket:issued'
      ? { printJobId: printing.createTicketJob(issued.ticket, actor, state) }
      : {};
  });
  bus.onCommit((c) => {
    serviceTimes.observe(c.events);
    printing.onCommitted(c.events);
  });
  attachPrintSocket(io, printing, auth);
  io.on('connection', (socket) => {
    const actor = auth.resolve(socket.data.token);
    if (actor && (actor.role === 'clerk' || actor.role === 'officer' || actor.role === 'admin')) void socket.join('staff');
  });
  const dossierRepo = new DossierRepository(db);
  const forms = officeHeader(config);
  const dossiers = new DossierService({
    db,
    repo: dossierRepo,
    events: new EventLog(db),
    catalog,
    calendar,
    print: printing,
    auth,
    clock,
    log: log.child({ category: 'dossier' }),
    queue: () => bus.current(),
    agencyCode: config.agencyCode,
    timeZone: config.timeZone,
    office: forms,
    changed: (d) =>
      io.to('staff').emit('dossier:changed', {
        at: d.history[d.history.length - 1]?.at ?? d.receivedAt,
        code: d.code,
        status: d.status,
        holderId: d.holder.id,
      }),
  });
  const lookup = new DossierLookupService(dossierRepo, () => clock.now());
  printing.recover();
  const statusTimer = setInterval(() => void printing.pollStatus(), 30_000);
  statusTimer.unref();
  // A restart on a later day, or a hub left running over midnight, starts the new business day.
  bus.tick();
  const dayTimer = setInterval(() => bus.tick(), 30_000);
  dayTimer.unref();

  const startedAt = clock.now();
  app.use('/api', express.json({ limit: '64kb' }));
  app.use('/api', ticketStatusRouter({ state: () => bus.current(), repo: queueRepo, office, serviceTimes }));
  app.use('/api', printRouter(printing, printRepo, auth));
  app.use('/api', pairingRouter({ auth, repo: authRepo, clock }));
  app.use(
    '/api',
    displayRouter(auth, displays, (display) =>
      realtime.publish('display:changed', { at: new Date(clock.now()).toISOString(), display }),
    ),
  );
  app.use('/api', catalogRouter({ auth, catalog, calendar, timeZone: config.timeZone }));
  app.use(
    '/api',
    dossierRouter({
      auth,
      dossiers,
      lookup,
      repo: dossierRepo,
      clock,
      office: forms,
      officeName: config.officeName,
      timeZone: config.timeZone,
      fontDir,
    }),
  );
  app.use(
    '/api',
    apiRouter({
      auth,
      bus,
      snapshot: () => snapshot(realtime.currentSeq()),
      broadcast: () => realtime.stats(),
      startedAt,
      version: HUB_VERSION,
      now: () => clock.now(),
      dbOk: () => db.open,
    }),
  );
  mountWebApps(app, appsRoot);
  app.get('/t/:id', (_req, res) => {
    res.type('html').send(ticketStatusPage());
  });
  app.get('/', (_req, res) => {
    res.type('html').send(landingPage(office.name));
  });
  app.use(errorHandler(log.child({ category: 'http' })));

  return {
    app,
    io,
    server,
    bus,
    auth,
    print: printing,
    dossiers,
    demo,
    listen(port = config.port, host = config.host) {
      return new Promise((resolvePort, reject) => {
        server.once('error', reject);
        server.listen(port, host, () => {
          listeningPort = (server.address() as AddressInfo).port;
          resolvePort(listeningPort);
        });
      });
    },
    async close() {
      clearInterval(dayTimer);
      clearInterval(statusTimer);
      await printing.close();
      await new Promise<void>((r) => {
        io.close(() => r());
      });
      if (server.listening) await new Promise<void>((r) => server.close(() => r()));
    },
  };
}

