import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { SqliteDocumentStore } from '../../src/storage/embedded/sqliteDocumentStore';
import { describeDocumentStoreContract } from './contract';

async function tempDir(): Promise<string> {
  return mkdtemp(path.join(os.tmpdir(), 'innovasjonsbot-store-'));
}

describeDocumentStoreContract('SqliteDocumentStore', async () => {
  const dir = await tempDir();
  const store = new SqliteDocumentStore(dir);
  await store.init();
  return {
    store,
    cleanup: async () => {
      await store.close();
      await rm(dir, { recursive: true, force: true });
    },
  };
});

describe('SqliteDocumentStore on disk', () => {
  it('keeps data when the same folder is closed and opened again', async () => {
    const dir = await tempDir();
    try {
      const first = new SqliteDocumentStore(dir);
      await first.init();
      const created = await first.collection<{ id: string; title: string }>('initiatives').create({ id: 'kept', title: 'Durable' });
      await first.collection<{ id: string; initiativeId: string }>('reports').create({ id: 'r1', initiativeId: 'kept' });
      await first.close();

      const second = new SqliteDocumentStore(dir);
      await second.init();
      try {
        expect(await second.collection('initiatives').read('kept')).toEqual({ value: { id: 'kept', title: 'Durable' }, etag: created.etag });
        expect((await second.collection('reports').read('r1', 'kept'))?.value).toEqual({ id: 'r1', initiativeId: 'kept' });
      } finally {
        await second.close();
      }
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
