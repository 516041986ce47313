// `npm run person -- show EMAIL` prints everything the bot holds about a person as JSON;
// `npm run person -- remove EMAIL` removes them (see src/privacy/removePerson.ts). Loads the
// configuration and store like scripts/roster.ts. The log line never holds the name or e-mail.
import { randomUUID } from 'node:crypto';
import { loadConfig } from '../src/config';
import { t } from '../src/i18n';
import { createLogger } from '../src/logger';
import { collectPersonalData } from '../src/privacy/collectPersonalData';
import { removePerson } from '../src/privacy/removePerson';
import { createStore } from '../src/storage/createStore';

const USAGE = 'usage: npm run person -- show EMAIL | remove EMAIL';

async function main(): Promise<void> {
  const [command, email] = process.argv.slice(2);
  if ((command !== 'show' && command !== 'remove') || !email || !email.includes('@')) throw new Error(USAGE);
  const config = loadConfig();
  const store = createStore(config.storage);
  await store.init();
  try {
    if (command === 'show') {
      process.stdout.write(JSON.stringify(await collectPersonalData(store, { email }), null, 2) + '\n');
      return;
    }
    const locale = config.defaultLocale;
    const result = await removePerson(store, email, { formerLeader: t(locale, 'privacy.formerLeader'), redacted: t(locale, 'privacy.redacted') });
    const removalId = randomUUID();
    createLogger(config.logLevel).info({ removalId, ...result }, 'person removed on request');
    process.stdout.write(`${result.found ? 'Removed' : 'Nothing stored for that e-mail'} (removal ${removalId})\n`);
    for (const [container, n] of Object.entries(result.deleted)) process.stdout.write(`  deleted ${container}: ${n}\n`);
    for (const [container, n] of Object.entries(result.anonymised)) process.stdout.write(`  anonymised ${container}: ${n}\n`);
  } finally {
    await store.close();
  }
}

main().catch((err: unknown) => {
  console.error(err instanceof Error ? err.message : err);
  process.exit(1);
});
