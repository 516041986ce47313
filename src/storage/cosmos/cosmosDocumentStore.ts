// The Azure Cosmos DB (NoSQL API) store. Containers and their partition keys come from
// ../containers.ts, which explains why the keys are what they are. Optimistic concurrency is
// Cosmos' own: every conditional write sends If-Match with the item's _etag, and documents with
// a numeric `ttl` in a TTL container (defaultTtl -1) expire natively.
import { CosmosClient, type Container, type ContainerDefinition, type CosmosClientOptions, type Database } from '@azure/cosmos';
import { DefaultAzureCredential } from '@azure/identity';
import type { StorageConfig } from '../../config';
import { CONTAINERS, CONTAINER_NAMES, type ContainerName } from '../containers';
import {
  ConflictError,
  partitionKeyOf,
  StorageError,
  type BaseDoc,
  type Collection,
  type DocumentStore,
  type Query,
  type Versioned,
} from '../documentStore';
import { buildCosmosQuery, sortTiesById } from './cosmosQuery';
import { describeError, isMissingItem, statusOf, substatusOf } from './cosmosErrors';

export type CosmosStorageConfig = Extract<StorageConfig, { kind: 'cosmos' }>;

/** /readyz must answer quickly when Cosmos is unreachable, not after the SDK's retries. */
const PING_TIMEOUT_MS = 3000;

type Stored = BaseDoc & { _etag?: string; [key: string]: unknown };

export class CosmosDocumentStore implements DocumentStore {
  readonly kind = 'cosmos' as const;
  private readonly client: CosmosClient;
  private readonly database: Database;
  private readonly collections = new Map<ContainerName, CosmosCollection<BaseDoc>>();

  /** `options.clientOptions` is for tests (e.g. an https agent for a local server); the app passes none. */
  constructor(
    private readonly config: CosmosStorageConfig,
    options: { clientOptions?: Partial<CosmosClientOptions> } = {},
  ) {
    const auth: Partial<CosmosClientOptions> =
      config.auth.kind === 'key'
        ? { key: config.auth.key }
        : {
            // Managed identity in Azure (a user-assigned one when its client id is given), the
            // developer's az/azd login locally.
            aadCredentials: new DefaultAzureCredential(
              config.auth.managedIdentityClientId ? { managedIdentityClientId: config.auth.managedIdentityClientId } : {},
            ),
          };
    // The SDK's default retry policy for 429 (throttling) stays on: no retryOptions override here.
    this.client = new CosmosClient({ endpoint: config.endpoint, userAgentSuffix: 'innovasjonsbot', ...auth, ...options.clientOptions });
    this.database = this.client.database(config.database);
  }

  async init(): Promise<void> {
    const { database, createContainers, containerPrefix } = this.config;
    try {
      if (createContainers) {
        await this.client.databases.createIfNotExists({ id: database });
      } else {
        await this.database.read();
      }
    } catch (err) {
      throw this.initError(`database "${database}"`, err);
    }
    for (const name of CONTAINER_NAMES) {
      const spec = CONTAINERS[name];
      const id = containerPrefix + name;
      let definition: ContainerDefinition | undefined;
      try {
        definition = createContainers
          ? (
              await this.database.containers.createIfNotExists({
                id,
                partitionKey: { paths: [`/${spec.partitionKey}`] },
                ...('ttl' in spec && spec.ttl ? { defaultTtl: -1 } : {}),
              })
            ).resource
          : (await this.database.container(id).read()).resource;
      } catch (err) {
        throw this.initError(`container "${id}"`, err);
      }
      if (!definition) throw new StorageError(`Cosmos container "${id}" not found in database "${database}"`);
      const paths = definition.partitionKey?.paths ?? [];
      if (paths.length !== 1 || paths[0] !== `/${spec.partitionKey}`) {
        throw new StorageError(`Cosmos container "${id}" has partition key ${JSON.stringify(paths)}; expected ["/${spec.partitionKey}"]`);
      }
      if ('ttl' in spec && spec.ttl && definition.defaultTtl === undefined) {
        throw new StorageError(`Cosmos container "${id}" has TTL turned off; it needs defaultTtl -1 so its documents can expire`);
      }
    }
  }

  collection<T extends BaseDoc>(name: ContainerName): Collection<T> {
    let c = this.collections.get(name);
    if (!c) {
      c = new CosmosCollection<BaseDoc>(name, this.database.container(this.config.containerPrefix + name));
      this.collections.set(name, c);
    }
    return c as unknown as Collection<T>;
  }

  async ping(): Promise<void> {
    let timer: NodeJS.Timeout | undefined;
    // The abort signal cancels the request; the timer also covers SDK steps that ignore it.
    const deadline = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new Error(`no answer within ${PING_TIMEOUT_MS} ms`)), PING_TIMEOUT_MS + 250);
    });
    try {
      await Promise.race([this.database.read({ abortSignal: AbortSignal.timeout(PING_TIMEOUT_MS) }), deadline]);
    } catch (err) {
      throw new StorageError(`Cosmos DB ${this.config.endpoint} (database ${this.config.database}) is not answering: ${describeError(err)}`, {
        cause: err,
      });
    } finally {
      clearTimeout(timer);
    }
  }

  async close(): Promise<void> {
    this.client.dispose();
  }

  private initError(what: string, err: unknown): StorageError {
    const status = statusOf(err);
    let detail = describeError(err);
    if (status === 404) detail = 'not found (create it in deployment/infra, or set COSMOS_CREATE_CONTAINERS=true)';
    if (status === 403 && this.config.createContainers && this.config.auth.kind === 'entra') {
      detail = `${detail} (Entra ID data-plane roles cannot create databases or containers: create them in deployment/infra and set COSMOS_CREATE_CONTAINERS=false)`;
    }
    return new StorageError(`Cosmos DB init failed for ${what} at ${this.config.endpoint}: ${detail}`, { cause: err });
  }
}

class CosmosCollection<T extends BaseDoc> implements Collection<T> {
  private readonly pkField: string;

  constructor(
    readonly name: ContainerName,
    private readonly container: Container,
  ) {
    this.pkField = CONTAINERS[name].partitionKey;
  }

  async read(id: string, partitionKey = id): Promise<Versioned<T> | undefined> {
    try {
      const res = await this.container.item(id, partitionKey).read<Stored>();
      if (res.statusCode === 404 && isMissingItem(res.substatus)) return undefined;
      if (!res.resource) throw new Error(`HTTP ${res.statusCode}${res.substatus ? `/${res.substatus}` : ''} without a document`);
      return toVersioned<T>(res.resource, res.etag);
    } catch (err) {
      if (statusOf(err) === 404 && isMissingItem(substatusOf(err))) return undefined;
      throw this.fail('read', id, err);
    }
  }

  async create(doc: T): Promise<Versioned<T>> {
    partitionKeyOf(doc, this.pkField);
    try {
      const res = await this.container.items.create<Stored>(doc as unknown as Stored, { disableAutomaticIdGeneration: true });
      return toVersioned<T>(res.resource!, res.etag);
    } catch (err) {
      if (statusOf(err) === 409) throw new ConflictError(this.name, doc.id, 'exists');
      throw this.fail('create', doc.id, err);
    }
  }

  async replace(doc: T, etag: string): Promise<Versioned<T>> {
    const pk = partitionKeyOf(doc, this.pkField);
    try {
      const res = await this.container
        .item(doc.id, pk)
        .replace<Stored>(doc as unknown as Stored, { accessCondition: { type: 'IfMatch', condition: etag } });
      return toVersioned<T>(res.resource!, res.etag);
    } catch (err) {
      const status = statusOf(err);
      if (status === 412) throw new ConflictError(this.name, doc.id, 'etag');
      if (status === 404 && isMissingItem(substatusOf(err))) throw new ConflictError(this.name, doc.id, 'missing');
      throw this.fail('replace', doc.id, err);
    }
  }

  async upsert(doc: T): Promise<Versioned<T>> {
    partitionKeyOf(doc, this.pkField);
    try {
      const res = await this.container.items.upsert<Stored>(doc as unknown as Stored, { disableAutomaticIdGeneration: true });
      return toVersioned<T>(res.resource!, res.etag);
    } catch (err) {
      throw this.fail('upsert', doc.id, err);
    }
  }

  async delete(id: string, partitionKey = id, etag?: string): Promise<void> {
    try {
      await this.container
        .item(id, partitionKey)
        .delete(etag === undefined ? undefined : { accessCondition: { type: 'IfMatch', condition: etag } });
    } catch (err) {
      const status = statusOf(err);
      if (status === 404 && isMissingItem(substatusOf(err))) return;
      if (status === 412) throw new ConflictError(this.name, id, 'etag');
      throw this.fail('delete', id, err);
    }
  }

  async query(query: Query = {}): Promise<Versioned<T>[]> {
    const spec = buildCosmosQuery(query, this.pkField);
    if (query.limit === 0) return [];
    try {
      const options = query.partitionKey === undefined ? {} : { partitionKey: query.partitionKey };
      let { resources } = await this.container.items.query<Stored>(spec, options).fetchAll();
      if (query.orderBy) resources = sortTiesById(resources, query.orderBy.field);
      return resources.map((r) => toVersioned<T>(r));
    } catch (err) {
      throw this.fail('query', '*', err);
    }
  }

  private fail(op: string, id: string, err: unknown): Error {
    if (err instanceof ConflictError || err instanceof StorageError) return err;
    return new StorageError(`Cosmos ${op} failed for ${this.name}/${id}: ${describeError(err)}`, { cause: err });
  }
}

/** Cosmos system properties, kept out of the documents the app sees. */
function toVersioned<T>(resource: Stored, etag?: string): Versioned<T> {
  const { _rid, _self, _etag, _attachments, _ts, ...value } = resource;
  const version = _etag ?? etag;
  if (!version) throw new StorageError(`Cosmos returned ${resource.id} without an etag`);
  return { value: value as unknown as T, etag: version };
}
