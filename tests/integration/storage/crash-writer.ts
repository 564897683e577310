// Child process of the crash-safety test: opens the data folder like a host does and writes through
// the real dispatch and handlers in a loop, printing each write the API acknowledged. The parent
// kills it with SIGKILL at a random moment. Usage: node crash-writer.mjs <dataDir> <firstNumber>
import { openAppCore } from '../../../electron/backend/core/app-core';
import { dispatch } from '../../../electron/backend/api/dispatch';
import { handlers } from '../../../electron/backend/handlers';

const [dataDir, first] = process.argv.slice(2);
// Pipes are written synchronously on Linux and macOS: a printed line is never lost by the kill.
const say = (line: string) => process.stdout.write(`${line}\n`);

async function main(): Promise<void> {
  const core = await openAppCore({ dataDir: dataDir!, host: 'browser', version: '0.0.0-crash' });
  say('READY');
  for (let n = Number(first); ; n++) {
    const result = await dispatch(handlers, core.ctx, 'settings.update', {
      clerkName: `Cán bộ ghi lần ${n}`,
      dueSoonDays: n % 366,
    });
    if (!result.ok) throw new Error(result.error.message);
    say(`ACK ${n}`);
    if (n % 15 === 0) {
      const backup = await dispatch(handlers, core.ctx, 'backup.create', {});
      if (!backup.ok) throw new Error(backup.error.message);
      say(`BACKUP ${(backup.data as { name: string }).name}`);
    }
  }
}

main().catch((err) => {
  say(`ERROR ${(err as Error).message}`);
  process.exit(1);
});
