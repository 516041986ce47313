// Seeds an embedded store for the «utforsk» screenshots: the 305 fixture initiatives, one of
// them already reused by two other units, and the playground's user (Alex Wilber) on the
// roster as the leader of Bekkestua barnehage, so that «Gjenbruk tiltaket» is offered.
import { mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { FIXTURE_INITIATIVES, fixtureByTitle } from '../../../fixtures/initiatives.no';
import { SqliteDocumentStore } from '../../../src/storage/embedded/sqliteDocumentStore';
import { InitiativeRepository } from '../../../src/storage/repositories/initiativeRepository';
import { RosterRepository } from '../../../src/storage/repositories/rosterRepository';

/** The playground's default user (its .m365agentsplayground.yml currentUser). */
export const PLAYGROUND_USER = { aadObjectId: '00000000-0000-0000-0000-0000000000020', email: 'alexw@example.com', name: 'Alex Wilber' };
export const REUSED_TITLE = 'Nettbrett i hjemmesykepleien';

export async function seedExploreDataDir(): Promise<string> {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'innovasjonsbot-explore-'));
  const store = new SqliteDocumentStore(dir);
  await store.init();
  try {
    const initiatives = new InitiativeRepository(store);
    const reused = fixtureByTitle(REUSED_TITLE);
    const at = '2026-10-01T08:00:00.000Z';
    for (const i of FIXTURE_INITIATIVES) {
      const seeded =
        i.id === reused.id
          ? {
              ...i,
              reusedBy: [
                { id: 'fx-reuse-1', unit: 'Hjemmetjenesten Nord', sector: i.sector, at },
                { id: 'fx-reuse-2', unit: 'Furulund sykehjem', sector: i.sector, at },
              ],
            }
          : i;
      await initiatives.createIfAbsent(seeded);
    }
    await new RosterRepository(store).import([
      { line: 2, row: { name: PLAYGROUND_USER.name, email: PLAYGROUND_USER.email, aadObjectId: PLAYGROUND_USER.aadObjectId, unit: 'Bekkestua barnehage', sector: 'Oppvekst barnehage' } },
    ]);
  } finally {
    await store.close();
  }
  return dir;
}
