// Floor: a bare socket.io server (default options) that, for each `call` from one client,
// broadcasts one message of the measured `ticket:called` size to every other client and acks.
import { createServer } from 'node:http';
import { Server } from 'socket.io';

process.on('disconnect', () => process.exit(1));
process.once('message', ({ input: { msgBytes } }) => {
  const http = createServer();
  const io = new Server(http, { serveClient: false });
  // `42["ticket:called",{…}]`: the frame is 23 bytes of envelope plus the object; pad to size.
  const fixed = Buffer.byteLength('42["ticket:called",{"id":0,"pad":""}]') + 6;
  const pad = 'x'.repeat(Math.max(0, msgBytes - fixed));
  io.on('connection', (socket) => {
    socket.on('call', (m, ack) => {
      socket.broadcast.emit('ticket:called', { id: m.id, pad });
      if (typeof ack === 'function') ack({ ok: true });
    });
  });
  http.listen(0, '127.0.0.1', () => process.send({ type: 'ready', port: http.address().port }));
});
