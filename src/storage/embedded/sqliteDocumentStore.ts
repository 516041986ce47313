// The embedded default store: SQLite (better-sqlite3) in a local folder. Durable across
// restarts, and with the same concurrency semantics as Cosmos DB: every write that must not
// lose an update is one conditional SQL statement, so two writers (even two processes on the
// same file) cannot both win.
import { randomUUID } from 'node:crypto';
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { IN_MEMORY_DATA_DIR } from '../../configTypes';
import { CONTAINERS, CONTAINER_NAMES, type ContainerName } from '../containers';
import {
  assertField,
  ConflictError,
  partitionKeyOf,
  StorageError,
  type BaseDoc,
  type Collection,
  type Condition,
  type DocumentStore,
  type Query,
  type Versioned,
} from '../documentStore';
import { conditionSql } from './sqliteQuery';

interface Row {
  etag: string;
  data: string;
}

export const SQLITE_FILE_NAME = 'innovasjonsbot.sqlite';

export class SqliteDocumentStore implements DocumentStore {
  readonly kind = 'embedded' as const;
  private db: Database.Database | undefined;
  private readonly collections = new Map<ContainerName, SqliteCollection<BaseDoc>>();
  private readonly statements = new Map<string, Database.Statement>();

  /** `dataDir` is a folder (the file is created inside it), or ':memory:' for throwaway use. */
  constructor(private readonly dataDir: string) {}

  async init(): Promise<void> {
    if (this.db) return;
    let file = IN_MEMORY_DATA_DIR;
    if (this.dataDir !== IN_MEMORY_DATA_DIR) {
      mkdirSync(this.dataDir, { recursive: true });
      file = path.join(this.dataDir, SQLITE_FILE_NAME);
    }
    const db = new Database(file);
    db.pragma('journal_mode = WAL');
    db.pragma('busy_timeout = 5000');
    db.pragma('synchronous = NORMAL');
    for (const name of CONTAINER_NAMES) {
      db.exec(`CREATE TABLE IF NOT EXISTS "${name}" (
        pk TEXT NOT NULL, id TEXT NOT NULL, etag TEXT NOT NULL, data TEXT NOT NULL,
        expires_at INTEGER, PRIMARY KEY (pk, id)) WITHOUT ROWID`);
    }
    this.db = db;
  }

  collection<T extends BaseDoc>(name: ContainerName): Collection<T> {
    let c = this.collections.get(name);
    if (!c) {
      c = new SqliteCollection<BaseDoc>(name, (sql) => this.statement(sql));
      this.collections.set(name, c);
    }
    return c as unknown as Collection<T>;
  }

  async ping(): Promise<void> {
    this.statement('SELECT 1').get();
  }

  async close(): Promise<void> {
    this.statements.clear();
    this.db?.close();
    this.db = undefined;
  }

  /**
   * Preparing SQL costs more than running a point read, so statements are prepared once per
   * open database and kept. Query SQL varies with its conditions; the cache is bounded so a
   * stream of distinct queries cannot grow it without end.
   */
  private statement(sql: string): Database.Statement {
    let prepared = this.statements.get(sql);
    if (!prepared) {
      prepared = this.handle().prepare(sql);
      if (this.statements.size >= MAX_STATEMENTS) this.statements.delete(this.statements.keys().next().value!);
      this.statements.set(sql, prepared);
    }
    return prepared;
  }

  private handle(): Database.Database {
    if (!this.db) throw new StorageError('The embedded store is not open (init() not called, or closed)');
    return this.db;
  }
}

class SqliteCollection<T extends BaseDoc> implements Collection<T> {
  private readonly pkField: string;
  private readonly ttl: boolean;

  constructor(
    readonly name: ContainerName,
    private readonly prepared: (sql: string) => Database.Statement,
  ) {
    const spec = CONTAINERS[name];
    this.pkField = spec.partitionKey;
    this.ttl = 'ttl' in spec && spec.ttl === true;
  }

  async read(id: string, partitionKey = id): Promise<Versioned<T> | undefined> {
    const row = this.run('read', id, () =>
      this.prepared(`SELECT etag, data FROM "${this.name}" WHERE pk = ? AND id = ? AND ${LIVE}`)
        .get(partitionKey, id, Date.now()) as Row | undefined,
    );
    return row ? toVersioned<T>(row) : undefined;
  }

  async create(doc: T): Promise<Versioned<T>> {
    const pk = partitionKeyOf(doc, this.pkField);
    const etag = newEtag();
    const data = JSON.stringify(doc);
    const now = Date.now();
    const inserted = this.run('create', doc.id, () =>
      // An expired row (TTL) is invisible, so it must not block a new document with its id.
      this.prepared(
          `INSERT INTO "${this.name}" (pk, id, etag, data, expires_at) VALUES (?, ?, ?, ?, ?)
           ON CONFLICT (pk, id) DO UPDATE SET etag = excluded.etag, data = excluded.data, expires_at = excluded.expires_at
           WHERE "${this.name}".expires_at IS NOT NULL AND "${this.name}".expires_at <= ?`,
        )
        .run(pk, doc.id, etag, data, this.expiry(doc, now), now),
    );
    if (inserted.changes === 0) throw new ConflictError(this.name, doc.id, 'exists');
    return { value: JSON.parse(data) as T, etag };
  }

  async replace(doc: T, etag: string): Promise<Versioned<T>> {
    const pk = partitionKeyOf(doc, this.pkField);
    const next = newEtag();
    const now = Date.now();
    const data = JSON.stringify(doc);
    const changed = this.run('replace', doc.id, () =>
      this.prepared(`UPDATE "${this.name}" SET etag = ?, data = ?, expires_at = ? WHERE pk = ? AND id = ? AND etag = ? AND ${LIVE}`)
        .run(next, data, this.expiry(doc, now), pk, doc.id, etag, now),
    );
    if (changed.changes === 0) {
      const exists = await this.read(doc.id, pk);
      throw new ConflictError(this.name, doc.id, exists ? 'etag' : 'missing');
    }
    return { value: JSON.parse(data) as T, etag: next };
  }

  async upsert(doc: T): Promise<Versioned<T>> {
    const pk = partitionKeyOf(doc, this.pkField);
    const etag = newEtag();
    const data = JSON.stringify(doc);
    this.run('upsert', doc.id, () =>
      this.prepared(
          `INSERT INTO "${this.name}" (pk, id, etag, data, expires_at) VALUES (?, ?, ?, ?, ?)
           ON CONFLICT (pk, id) DO UPDATE SET etag = excluded.etag, data = excluded.data, expires_at = excluded.expires_at`,
        )
        .run(pk, doc.id, etag, data, this.expiry(doc, Date.now())),
    );
    return { value: JSON.parse(data) as T, etag };
  }

  async delete(id: string, partitionKey = id, etag?: string): Promise<void> {
    const result = this.run('delete', id, () =>
      etag === undefined
        ? this.prepared(`DELETE FROM "${this.name}" WHERE pk = ? AND id = ?`).run(partitionKey, id)
        : this.prepared(`DELETE FROM "${this.name}" WHERE pk = ? AND id = ? AND etag = ?`).run(partitionKey, id, etag),
    );
    if (etag !== undefined && result.changes === 0 && (await this.read(id, partitionKey))) {
      throw new ConflictError(this.name, id, 'etag');
    }
  }

  async query(query: Query = {}): Promise<Versioned<T>[]> {
    const clauses = [LIVE];
    const params: unknown[] = [Date.now()];
    if (query.partitionKey !== undefined) {
      clauses.push('pk = ?');
      params.push(query.partitionKey);
    }
    for (const condition of query.where ?? []) {
      const [sql, values] = conditionSql(condition as Condition);
      clauses.push(sql);
      params.push(...values);
    }
    let sql = `SELECT etag, data FROM "${this.name}" WHERE ${clauses.join(' AND ')}`;
    if (query.orderBy) {
      assertField(query.orderBy.field);
      sql += ` ORDER BY json_extract(data, '$.${query.orderBy.field}') ${query.orderBy.direction === 'desc' ? 'DESC' : 'ASC'}, id`;
    }
    if (query.limit !== undefined) {
      sql += ' LIMIT ?';
      params.push(query.limit);
    }
    const rows = this.run('query', '*', () => this.prepared(sql).all(...params) as Row[]);
    return rows.map((r) => toVersioned<T>(r));
  }

  private expiry(doc: T, now: number): number | null {
    const ttl = (doc as unknown as { ttl?: unknown }).ttl;
    return this.ttl && typeof ttl === 'number' && ttl > 0 ? now + ttl * 1000 : null;
  }

  private run<R>(op: string, id: string, fn: () => R): R {
    try {
      return fn();
    } catch (err) {
      if (err instanceof ConflictError || err instanceof StorageError) throw err;
      throw new StorageError(`Embedded store ${op} failed for ${this.name}/${id}: ${(err as Error).message}`, { cause: err });
    }
  }
}

const LIVE = '(expires_at IS NULL OR expires_at > ?)';
const MAX_STATEMENTS = 500;

function newEtag(): string {
  return `"${randomUUID()}"`;
}

function toVersioned<T>(row: Row): Versioned<T> {
  return { value: JSON.parse(row.data) as T, etag: row.etag };
}
