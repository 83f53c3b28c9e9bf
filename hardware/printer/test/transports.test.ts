import { fakeTcpDevice } from './support/fakeTcpPrinter.js';
import { serialMockDevice } from './support/serialMockDevice.js';
import { describeTransportContract } from './support/transportContract.js';
import { usbFileDevice } from './support/usbFileDevice.js';

describeTransportContract('TCP (raw 127.0.0.1 printer double)', fakeTcpDevice);
describeTransportContract('USB printer device file (temp file for /dev/usb/lp0)', async () => usbFileDevice());
describeTransportContract('serial (serialport mock binding)', async () => serialMockDevice());
