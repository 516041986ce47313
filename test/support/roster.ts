// Puts test users on the roster (leaders of a unit, sector heads), the only place roles come from,
// and drops the bot's cached roster snapshot so the next turn sees the change.
import type { RosterEntry } from '../../src/domain/roster/roster';
import type { DocumentStore } from '../../src/storage/documentStore';
import { ProfileRepository } from '../../src/storage/repositories/profileRepository';
import { RosterRepository } from '../../src/storage/repositories/rosterRepository';
import type { TestUser } from './activities';
import type { BotUnderTest } from './botHarness';

export const TEST_SECTOR = 'Pleie og omsorg';

export function emailOf(user: TestUser): string {
  return `u${user.aadObjectId.slice(-12)}@kommune.test`;
}

type Bot = Pick<BotUnderTest, 'app'>;

/** The user leads `unit` in `sector` (a roster row matched by Entra object id). */
export async function addLeader(bot: Bot, user: TestUser, unit: string, sector = TEST_SECTOR, sectorHeadEmail?: string): Promise<void> {
  await rosterRow(bot.app.store, { name: user.name, email: emailOf(user), aadObjectId: user.aadObjectId.toLowerCase(), unit, sector, sectorHeadEmail });
  bot.app.directory.invalidate();
}

/**
 * The user is the sector head the roster names for `sector` (every row of the sector gets their
 * e-mail; a placeholder leader row when the sector has none). Teams gave the bot their e-mail.
 */
export async function addSectorHead(bot: Bot, user: TestUser, sector = TEST_SECTOR): Promise<void> {
  const store = bot.app.store;
  const roster = new RosterRepository(store);
  const rows = (await roster.all()).filter((e) => e.sector === sector);
  if (rows.length === 0) await rosterRow(store, { name: 'Plassholder', email: `plassholder-${rows.length}-${sector.length}@kommune.test`, unit: `Enhet i ${sector}`, sector, sectorHeadEmail: emailOf(user) });
  for (const row of rows) await roster.upsert({ ...row, sectorHeadEmail: emailOf(user) });
  await new ProfileRepository(store).update(user.aadObjectId, { id: user.aadObjectId, name: user.name }, (p) => ({ ...p, email: emailOf(user) }));
  bot.app.directory.invalidate();
}

async function rosterRow(store: DocumentStore, row: Omit<RosterEntry, 'id' | 'importedAt' | 'updatedAt'>): Promise<void> {
  const stamp = new Date().toISOString();
  await new RosterRepository(store).upsert({ ...row, id: row.email.toLowerCase(), importedAt: stamp, updatedAt: stamp });
}
