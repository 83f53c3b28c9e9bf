// Floor: a bare socket.io server (default options) that, for each `call` from one client,
// broadcasts one message of the measured `ticket:called` size to every other client and acks.
import { createServer } from 'node:http';
import { Server } from 'socket.io';

process.on('disconnect', () => process.exit(1));
process.once('message', ({ input: { msgBytes } }) => {
  const http = createServer();
  const io = new Server(http, { serveClient: false });
  // `42["ticket:called",{"id":…,"pad":"…"}]`, padded so the frame is exactly `msgBytes` long.
  const pads = new Map();
  const padFor = (id) => {
    const digits = String(id).length;
    if (!pads.has(digits)) {
      const envelope = Buffer.byteLength(`42${JSON.stringify(['ticket:called', { id, pad: '' }])}`);
      pads.set(digits, 'x'.repeat(Math.max(0, msgBytes - envelope)));
    }
    return pads.get(digits);
  };
  io.on('connection', (socket) => {
    socket.on('call', (m, ack) => {
      socket.broadcast.emit('ticket:called', { id: m.id, pad: padFor(m.id) });
      if (typeof ack === 'function') ack({ ok: true });
    });
  });
  http.listen(0, '127.0.0.1', () => process.send({ type: 'ready', port: http.address().port }));
});
