import { SerialPortMock } from 'serialport';
import { createSerialTransport } from '../../src/index.js';
import { EscPosStream, type DeviceStatus } from './escposStream.js';
import type { ContractDevice } from './transportContract.js';

const PATH = '/dev/ttyMOTCUA0';
/** The mock binding instance SerialPortMock itself uses (@serialport/binding-mock). */
const MockBinding = SerialPortMock.binding;

/** serialport's mock binding playing a serial printer: it answers DLE EOT through `emitData`. */
export function serialMockDevice(): ContractDevice {
  let status: DeviceStatus = {};
  let streams: EscPosStream[] = [];
  const open = (breakOnWrite: boolean, stallOnWrite = false) => (o: { path: string; baudRate: number }) => {
    const port = new SerialPortMock({ ...o, autoOpen: false });
    port.on('open', () => {
      const binding = port.port;
      if (!binding) return;
      const stream = new EscPosStream(
        (b) => binding.emitData(Buffer.of(b)),
        () => status,
      );
      streams.push(stream);
      const write = binding.write.bind(binding);
      binding.write = async (buffer: Buffer): Promise<void> => {
        if (breakOnWrite) throw new Error('device disconnected');
        if (stallOnWrite) return new Promise<void>(() => undefined);
        await write(buffer);
        stream.push(buffer);
      };
    });
    return port;
  };
  const reset = (): void => {
    MockBinding.reset();
    MockBinding.createPort(PATH, { echo: false, record: false });
    streams = [];
  };
  reset();
  return {
    transport: () => createSerialTransport({ path: PATH, baudRate: 115200, createPort: open(false) }),
    unreachable: () => createSerialTransport({ path: '/dev/ttyNOTHERE', baudRate: 115200, createPort: open(false) }),
    breaking: () => createSerialTransport({ path: PATH, baudRate: 115200, createPort: open(true) }),
    stalled: () => createSerialTransport({ path: PATH, baudRate: 115200, sendTimeoutMs: 500, createPort: open(false, true) }),
    setStatus: (s) => {
      status = s;
    },
    received: () => Uint8Array.from(streams.flatMap((s) => s.job)),
    questions: () => streams.flatMap((s) => s.questions),
    seesStatusOnlyConnections: true,
    reset,
    close: async () => {
      MockBinding.reset();
    },
  };
}
