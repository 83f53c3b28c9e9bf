import { fakeTcpDevice } from './support/fakeTcpPrinter.js';
import { serialMockDevice } from './support/serialMockDevice.js';
import { describeTransportContract } from './support/transportContract.js';
import { usbFileDevice } from './support/usbFileDevice.js';
import { virtualPrinterDevice } from './support/virtualPrinterDevice.js';

describeTransportContract('TCP → the virtual printer (hardware/virtual-printer)', virtualPrinterDevice);
describeTransportContract('TCP → a raw 127.0.0.1 printer double', fakeTcpDevice);
describeTransportContract('USB printer device file (a temp file stands in for /dev/usb/lp0)', async () => usbFileDevice());
describeTransportContract('serial (serialport mock binding)', async () => serialMockDevice());
