import { chromiumPath } from './chromium.js';

/** Says once, in one line, when browser tests will be skipped. */
export default function setup(): void {
  if (!chromiumPath()) {
    console.warn(
      'motcua: Chromium not found (set CHROMIUM_PATH or `apt-get install -y chromium`): browser tests are skipped.',
    );
  }
}
