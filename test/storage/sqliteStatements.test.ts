import Database from 'better-sqlite3';
import { SqliteDocumentStore } from '../../src/storage/embedded/sqliteDocumentStore';

// Preparing SQL costs more than running a point read: a busy turn must not prepare again.
describe('embedded store prepared statements', () => {
  it('prepares each statement once, however often it runs', async () => {
    const store = new SqliteDocumentStore(':memory:');
    await store.init();
    const prepare = jest.spyOn(Database.prototype, 'prepare');
    try {
      const profiles = store.collection<{ id: string; aadObjectId: string }>('profiles');
      for (let i = 0; i < 20; i += 1) {
        await profiles.upsert({ id: `u${i}`, aadObjectId: `u${i}` });
        await profiles.read(`u${i}`);
        await profiles.query({ where: [{ field: 'aadObjectId', op: '=', value: `u${i}` }] });
      }
      expect(prepare.mock.calls.length).toBeGreaterThan(0);
      expect(prepare.mock.calls.length).toBeLessThanOrEqual(3);
    } finally {
      prepare.mockRestore();
      await store.close();
    }
  });
});
