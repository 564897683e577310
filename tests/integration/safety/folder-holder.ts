// Child process of the one-app-per-folder test: opens the data folder like a host does, prints
// READY (or REFUSED and the message), then waits; on SIGTERM it closes the app and exits.
// Usage: node folder-holder.mjs <dataDir>
import { openAppCore } from '../../../electron/backend/core/app-core';

const [dataDir] = process.argv.slice(2);

openAppCore({ dataDir: dataDir!, host: 'browser', version: '0.0.0-holder' })
  .then((core) => {
    const timer = setInterval(() => undefined, 1000);
    process.on('SIGTERM', () => {
      clearInterval(timer);
      void core.close().then(() => process.exit(0));
    });
    process.stdout.write('READY\n');
  })
  .catch((err: Error) => {
    process.stdout.write(`REFUSED ${err.message.replace(/\n/g, ' ')}\n`);
    process.exit(3);
  });
