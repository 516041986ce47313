// Shared primitives for validating card submits. Card data comes from the Teams client and can
// be forged, so every value is re-checked here as if typed by hand: codes against their list,
// lengths, numbers and real calendar dates. Each check records at most one error per input id
// (the first found) and returns the typed value, or undefined when absent/invalid.
import { z } from 'zod';
import { assertIsoDate } from '../calendar/localDate';
import { CODE_LISTS } from './codes';
import type { FieldErrors, RawForm } from './formTypes';

/** Keeps only `fields` from an activity's `value`, as trimmed strings; never throws. */
export function normalizeSubmit(value: unknown, fields: readonly string[]): RawForm {
  const source = value !== null && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : {};
  const raw: RawForm = {};
  for (const id of fields) {
    const v = Object.prototype.hasOwnProperty.call(source, id) ? source[id] : undefined;
    raw[id] = toText(v);
  }
  return raw;
}

function toText(v: unknown): string {
  if (typeof v === 'string') return v.trim();
  if (typeof v === 'number') return Number.isFinite(v) ? String(v) : '';
  if (typeof v === 'boolean') return v ? 'true' : 'false';
  // Arrays of scalars only: nested objects are not something a card input can send.
  if (Array.isArray(v)) {
    return v
      .filter((x) => typeof x === 'string' || typeof x === 'number' || typeof x === 'boolean')
      .map((x) => String(x).trim())
      .filter((x) => x !== '')
      .join(',');
  }
  return '';
}

/** Input.ChoiceSet (multi) sends "a,b,c"; split, trim, drop blanks and duplicates. */
export function splitMulti(text: string | undefined): string[] {
  return [...new Set((text ?? '').split(',').map((s) => s.trim()).filter((s) => s !== ''))];
}

/** Collects errors; `set` keeps the first error of an input id. */
export class Checker {
  readonly errors: FieldErrors = {};
  constructor(readonly raw: RawForm) {}

  get(id: string): string {
    return (this.raw[id] ?? '').trim();
  }
  has(id: string): boolean {
    return this.get(id) !== '';
  }
  set(id: string, error: FieldErrors[string]): void {
    this.errors[id] ??= error;
  }
  get ok(): boolean {
    return Object.keys(this.errors).length === 0;
  }

  text(id: string, max: number, required: boolean): string | undefined {
    const v = this.get(id);
    if (v === '') {
      if (required) this.set(id, { code: 'required' });
      return undefined;
    }
    if (v.length > max) {
      this.set(id, { code: 'tooLong', max });
      return undefined;
    }
    return v;
  }

  choice<T extends string>(id: string, codes: readonly T[], required: boolean): T | undefined {
    const v = this.get(id);
    if (v === '') {
      if (required) this.set(id, { code: 'required' });
      return undefined;
    }
    if (!codeSchema(codes).safeParse(v).success) {
      this.set(id, { code: 'invalidChoice' });
      return undefined;
    }
    return v as T;
  }

  /** `exclusive`: a code (like 'none') that may not be combined with others. */
  multi<T extends string>(
    id: string,
    codes: readonly T[],
    opts: { required: boolean; exclusive?: T; max?: number },
  ): T[] | undefined {
    const values = splitMulti(this.get(id));
    if (values.length === 0) {
      if (opts.required) this.set(id, { code: 'required' });
      return opts.required ? undefined : [];
    }
    const schema = codeSchema(codes);
    if (!values.every((v) => schema.safeParse(v).success)) {
      this.set(id, { code: 'invalidChoice' });
      return undefined;
    }
    if (opts.exclusive !== undefined && values.length > 1 && values.includes(opts.exclusive)) {
      this.set(id, { code: 'exclusiveChoice', option: `${listNameOf(codes)}.${opts.exclusive}` });
      return undefined;
    }
    if (opts.max !== undefined && values.length > opts.max) {
      this.set(id, { code: 'tooManyChoices', max: opts.max });
      return undefined;
    }
    return values as T[];
  }

  integer(id: string, min: number, max: number, required: boolean): number | undefined {
    const v = this.get(id);
    if (v === '') {
      if (required) this.set(id, { code: 'required' });
      return undefined;
    }
    // Whole numbers only: "1.5", "1e3" or "12 stk" are not a head count.
    if (!/^[+-]?\d+$/.test(v)) {
      this.set(id, { code: 'notANumber' });
      return undefined;
    }
    const n = Number(v);
    if (n < min || n > max) {
      this.set(id, { code: 'outOfRange', min, max });
      return undefined;
    }
    return n;
  }

  date(id: string, required: boolean): string | undefined {
    const v = this.get(id);
    if (v === '') {
      if (required) this.set(id, { code: 'required' });
      return undefined;
    }
    if (!isValidIsoDate(v)) {
      this.set(id, { code: 'invalidDate' });
      return undefined;
    }
    return v;
  }
}

/** A real calendar date 'yyyy-mm-dd' (rejects 2026-02-30 and other formats). */
export function isValidIsoDate(v: string): boolean {
  try {
    assertIsoDate(v);
    return true;
  } catch {
    return false;
  }
}

/** The name of a code list (to name its option in an error), from the list itself. */
function listNameOf(codes: readonly string[]): string {
  return Object.entries(CODE_LISTS).find(([, list]) => list === codes)?.[0] ?? '';
}

const schemas = new WeakMap<readonly string[], z.ZodType<string>>();
function codeSchema(codes: readonly string[]): z.ZodType<string> {
  let s = schemas.get(codes);
  if (!s) {
    s = z.enum(codes as [string, ...string[]]);
    schemas.set(codes, s);
  }
  return s;
}
