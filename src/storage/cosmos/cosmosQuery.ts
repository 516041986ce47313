// Translates a storage Query into a parameterised Cosmos DB SQL query with the same meaning as
// the embedded adapter's SQL (../embedded/sqliteQuery.ts). Cosmos SQL compares values only of
// the same JSON type, and a comparison with a missing field is `undefined` (never a match), so
// plain operators already behave like the embedded store; the special cases are null (`= null`
// also matches a missing field), booleans in range comparisons (never match) and empty `in`.
import type { JSONValue, SqlParameter, SqlQuerySpec } from '@azure/cosmos';
import { assertField, StorageError, type Condition, type Query } from '../documentStore';

/** `a.b` -> `c["a"]["b"]`. Safe in SQL text because assertField allows only identifiers. */
export function fieldRef(field: string): string {
  assertField(field);
  return `c${field
    .split('.')
    .map((part) => `["${part}"]`)
    .join('')}`;
}

class Parameters {
  readonly list: SqlParameter[] = [];
  add(value: JSONValue): string {
    const name = `@p${this.list.length}`;
    this.list.push({ name, value });
    return name;
  }
}

function conditionSql(condition: Condition, params: Parameters): string {
  const ref = fieldRef(condition.field);
  switch (condition.op) {
    case 'contains':
      return `ARRAY_CONTAINS(${ref}, ${params.add(condition.value)})`;
    case 'in': {
      const values = condition.value.filter((v) => v !== null);
      const parts = values.length ? [`${ref} IN (${values.map((v) => params.add(v)).join(', ')})`] : [];
      // A null in the list matches a stored null only (not a missing field), as in SQLite.
      if (values.length < condition.value.length) parts.push(`IS_NULL(${ref})`);
      return parts.length ? `(${parts.join(' OR ')})` : 'false';
    }
    case '=':
      if (condition.value === null) return `(NOT IS_DEFINED(${ref}) OR IS_NULL(${ref}))`;
      return `${ref} = ${params.add(condition.value)}`;
    case '!=':
      if (condition.value === null) return `(IS_DEFINED(${ref}) AND NOT IS_NULL(${ref}))`;
      if (typeof condition.value === 'boolean') return `${ref} = ${params.add(!condition.value)}`;
      // Cosmos DB gives `undefined` for `!=` across types, but say so explicitly: emulators
      // (cosmosdb-server) answer true there.
      return `(${typeof condition.value === 'number' ? 'IS_NUMBER' : 'IS_STRING'}(${ref}) AND ${ref} != ${params.add(condition.value)})`;
    default:
      // Ordering comparisons are defined for numbers and strings only.
      if (condition.value === null || typeof condition.value === 'boolean') return 'false';
      return `${ref} ${condition.op} ${params.add(condition.value)}`;
  }
}

/**
 * `pkField` is the container's partition key field: with `query.partitionKey` the query is also
 * sent with that partition key (a single-partition query), and the condition keeps it exact.
 */
export function buildCosmosQuery(query: Query, pkField: string): SqlQuerySpec {
  const params = new Parameters();
  const where: string[] = [];
  if (query.partitionKey !== undefined) where.push(`${fieldRef(pkField)} = ${params.add(query.partitionKey)}`);
  for (const condition of query.where ?? []) where.push(conditionSql(condition, params));
  let sql = 'SELECT';
  if (query.limit !== undefined) {
    if (!Number.isInteger(query.limit) || query.limit < 0) throw new StorageError(`Invalid query limit: ${query.limit}`);
    sql += ` TOP ${params.add(query.limit)}`;
  }
  sql += ' * FROM c';
  if (where.length) sql += ` WHERE ${where.join(' AND ')}`;
  if (query.orderBy) sql += ` ORDER BY ${fieldRef(query.orderBy.field)} ${query.orderBy.direction === 'desc' ? 'DESC' : 'ASC'}`;
  return { query: sql, parameters: params.list };
}

function valueAt(doc: Record<string, unknown>, field: string): unknown {
  let value: unknown = doc;
  for (const part of field.split('.')) {
    value = value !== null && typeof value === 'object' ? (value as Record<string, unknown>)[part] : undefined;
  }
  return value;
}

/**
 * The embedded store orders ties by id; Cosmos would need a composite index per field for a
 * second ORDER BY key, so ties (runs of equal values, already adjacent) are sorted here instead.
 */
export function sortTiesById<D extends { id: string }>(docs: D[], field: string): D[] {
  const key = (d: D) => JSON.stringify(valueAt(d as unknown as Record<string, unknown>, field)) ?? 'undefined';
  const out: D[] = [];
  for (let i = 0; i < docs.length; ) {
    let j = i + 1;
    while (j < docs.length && key(docs[j]!) === key(docs[i]!)) j++;
    out.push(...docs.slice(i, j).sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)));
    i = j;
  }
  return out;
}
