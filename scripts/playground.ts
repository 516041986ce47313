// `npm run playground`: starts the bot (embedded store, no auth) and Microsoft 365 Agents
// Playground pointed at it, then prints the URL to open. Ctrl+C stops both. Works offline.
//
//   PORT=3978              bot port
//   PLAYGROUND_PORT=56150  playground web UI port (the playground picks another if it is taken)
//   DATA_DIR=...           embedded store folder (default .playground/data, kept between runs)
//   --fresh                use an empty temporary store instead (removed on exit)
//   PLAYGROUND_LOCALE=nb-NO  locale put on activities to the bot (the playground always sends
//                          en-US); empty = leave activities unchanged
//   PLAYGROUND_BOT_ENTRY   bot entry point (default src/index.ts)
//   PLAYGROUND_BOT_ENDPOINT  attach to an already running bot instead of starting one
import path from 'node:path';
import { PLAYGROUND_DIR, startPlaygroundSession } from './lib/playgroundDriver';

async function main(): Promise<void> {
  const fresh = process.argv.includes('--fresh');
  const session = await startPlaygroundSession({
    output: 'inherit',
    botPort: Number(process.env.PORT ?? 3978),
    playgroundPort: Number(process.env.PLAYGROUND_PORT ?? 56150),
    activityLocale: process.env.PLAYGROUND_LOCALE ?? 'nb-NO',
    dataDir: fresh ? undefined : path.resolve(process.env.DATA_DIR ?? path.join(PLAYGROUND_DIR, 'data')),
  });

  console.log('');
  console.log(`  Bot:                  ${session.botEndpoint}`);
  if (session.dataDir) console.log(`  Data (embedded):      ${session.dataDir}${fresh ? ' (temporary)' : ''}`);
  console.log(`  User locale:          ${session.activityLocale ?? 'en-US (as sent by the playground)'}`);
  console.log(`  Agents Playground:    ${session.url}   <- open this in a browser`);
  console.log('  Press Ctrl+C to stop.');
  console.log('');

  let stopping = false;
  const shutdown = () => {
    if (stopping) return;
    stopping = true;
    console.log('\nStopping playground and bot...');
    session.stop().then(
      () => process.exit(process.exitCode ?? 0),
      (err: unknown) => {
        console.error(err);
        process.exit(1);
      },
    );
  };
  process.on('SIGINT', shutdown);
  process.on('SIGTERM', shutdown);
  void session.unexpectedExit.then(({ name, code }) => {
    if (stopping) return;
    console.error(`\nThe ${name} exited (code ${code}); stopping.`);
    process.exitCode = 1;
    shutdown();
  });
}

main().catch((err: unknown) => {
  console.error(err instanceof Error ? err.message : err);
  process.exit(1);
});
