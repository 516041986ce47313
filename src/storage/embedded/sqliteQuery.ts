// Translates a storage Condition into SQLite JSON SQL with the same meaning as the Cosmos
// query the Cosmos adapter builds: comparisons only match values of the same JSON type, and
// a missing field never matches a comparison (as `undefined` in Cosmos SQL).
import { assertField, type Condition, type Scalar } from '../documentStore';

function jsonType(value: Scalar): string {
  if (value === null) return `'null'`;
  if (typeof value === 'boolean') return value ? `'true'` : `'false'`;
  if (typeof value === 'number') return `'integer','real'`;
  return `'text'`;
}

function sqlValue(value: Scalar): unknown {
  return typeof value === 'boolean' ? (value ? 1 : 0) : value;
}

export function conditionSql(condition: Condition): [string, unknown[]] {
  assertField(condition.field);
  const path = `'$.${condition.field}'`;
  const extract = `json_extract(data, ${path})`;
  const type = `json_type(data, ${path})`;
  switch (condition.op) {
    case 'contains':
      // As ARRAY_CONTAINS in Cosmos: only an array matches, and only an element of the same type.
      return [
        `(${type} = 'array' AND EXISTS (SELECT 1 FROM json_each(data, ${path}) WHERE json_each.type IN (${jsonType(condition.value)}) AND json_each.value = ?))`,
        [condition.value],
      ];
    case 'in': {
      if (condition.value.length === 0) return ['0', []];
      const parts = condition.value.map((v) => (v === null ? `${type} = 'null'` : `(${type} IN (${jsonType(v)}) AND ${extract} = ?)`));
      const params = condition.value.filter((v) => v !== null).map(sqlValue);
      return [`(${parts.join(' OR ')})`, params];
    }
    case '=':
      // As in the Cosmos adapter, `= null` also matches a missing field.
      if (condition.value === null) return [`(${type} IS NULL OR ${type} = 'null')`, []];
      if (typeof condition.value === 'boolean') return [`${type} = ${jsonType(condition.value)}`, []];
      return [`(${type} IN (${jsonType(condition.value)}) AND ${extract} = ?)`, [condition.value]];
    case '!=':
      if (condition.value === null) return [`(${type} IS NOT NULL AND ${type} != 'null')`, []];
      if (typeof condition.value === 'boolean') return [`${type} = ${jsonType(!condition.value)}`, []];
      return [`(${type} IN (${jsonType(condition.value)}) AND ${extract} != ?)`, [condition.value]];
    default:
      if (condition.value === null || typeof condition.value === 'boolean') {
        return [`${type} = ${jsonType(condition.value)} AND 0`, []];
      }
      return [`(${type} IN (${jsonType(condition.value)}) AND ${extract} ${condition.op} ?)`, [condition.value]];
  }
}
