// Scenario 4, print: ticket issue → last byte accepted by the virtual printer.
// Runs only once the hub sends ticket print jobs to a printer; until then it reports why not.
import { childMain } from './lib/children.mjs';
import { adminToken, command, connect, createDevices, serviceIds } from './lib/hub-client.mjs';

childMain(async ({ url, protocolVersion }) => {
  const admin = await adminToken(url);
  const services = await serviceIds(url, admin);
  const [kioskToken] = await createDevices(url, admin, 'kiosk', 1, 'Kiosk print probe');
  const { socket } = await connect(url, kioskToken, protocolVersion);
  const a = await command(socket, 'ticket:issue', { serviceId: services[0], priority: null });
  socket.close();
  if (!a.ok) throw new Error(`issue: ${a.error.code}`);
  if (!a.data.printJobId) {
    return {
      available: false,
      note: 'the hub does not print yet: ticket:issue answers printJobId = null and no printer can be configured',
    };
  }
  return {
    available: false,
    note: `the hub creates print jobs (${a.data.printJobId}) but has no printer configuration the benchmark can point at a virtual printer`,
  };
});
