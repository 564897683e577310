// Random and hostile API payloads for the fuzz test: wrong types, huge strings, deep nesting, SQL
// fragments, path tricks, prototype-pollution keys and unknown methods. Deterministic per seed.
import type { z } from 'zod';

export type Rng = () => number;

/** xorshift32: small, fast, and repeatable from a printed seed. */
export function rng(seed: number): Rng {
  let s = seed >>> 0 || 1;
  return () => {
    s ^= s << 13;
    s ^= s >>> 17;
    s ^= s << 5;
    return (s >>> 0) / 0x1_0000_0000;
  };
}

const pick = <T>(r: Rng, xs: readonly T[]): T => xs[Math.floor(r() * xs.length)]!;

export const SQL_FRAGMENTS = [
  "'; DROP TABLE plans; --",
  '1; DELETE FROM settings',
  "' OR '1'='1",
  '1 UNION SELECT name, sql FROM sqlite_master --',
  "x'); ATTACH DATABASE '/tmp/x.db' AS x; --",
  'PRAGMA writable_schema = 1',
  '"; UPDATE tasks SET content = \'\' --',
  "'); VACUUM INTO '/tmp/stolen.sqlite'; --",
];

/** Paths a caller might use to reach files outside the data folder. None is an existing folder. */
export const PATH_TRICKS = [
  '../../../../etc/passwd',
  '..\\..\\..\\Windows\\System32\\config\\SAM',
  '/etc/passwd',
  '/etc/shadow',
  '/dev/zero',
  '/dev/urandom',
  '/proc/self/environ',
  '/proc/self/mem',
  'C:\\Windows\\System32\\config\\SAM',
  'C:/Windows/win.ini',
  '\\\\evil.example\\share\\x.sqlite',
  '//evil.example/share/x.sqlite',
  '\\\\?\\C:\\Windows',
  '\\\\.\\PhysicalDrive0',
  'file:///etc/passwd',
  'http://evil.example/x.sqlite',
  '%2e%2e%2f%2e%2e%2fetc%2fpasswd',
  '..%c0%af..%c0%afetc%c0%afpasswd',
  'CON',
  'NUL:',
  'COM1',
  'thuong-truc.sqlite',
  'backups/../thuong-truc.sqlite',
  '~/.ssh/id_rsa',
  '$HOME/.bashrc',
  '%APPDATA%\\Thuong Truc\\thuong-truc.sqlite',
  '/khong/co/thu-muc/nay',
  '/tmp/khong-co-tep-nay-\u0000.sqlite',
  'a\u0000b',
  ' \t\n',
  '/etc/passwd\u0000.sqlite',
];

export const POLLUTION_KEYS = ['__proto__', 'constructor', 'prototype', '__defineGetter__', 'hasOwnProperty', 'toString'];

export const UNKNOWN_METHODS = [
  '',
  ' ',
  '__proto__',
  'constructor',
  'toString',
  'hasOwnProperty',
  'valueOf',
  '__defineGetter__',
  'prototype',
  '../app.info',
  'app.info/',
  'app.info ',
  ' app.info',
  'APP.INFO',
  'app.info\u0000',
  'app..info',
  'app',
  'app.info.x',
  'settings.update; DROP TABLE settings',
  'plans.list\' OR 1=1 --',
  '%2e%2e%2fapp.info',
  '..\\..\\settings.update',
  'ứng.dụng',
  'x'.repeat(5000),
  'constructor.prototype',
  '__proto__.polluted',
];

function hugeString(r: Rng): string {
  const unit = pick(r, ['a', 'Ư', '\u0000', '🙂', "'", '\\', '%s', '<script>']);
  const n = pick(r, [1_001, 10_000, 100_000, 300_000]);
  return unit.repeat(Math.ceil(n / unit.length));
}

function deepNest(r: Rng): unknown {
  const depth = pick(r, [50, 500, 1_500]);
  let v: unknown = pick(r, [1, 'x', null]);
  const asArray = r() < 0.5;
  for (let i = 0; i < depth; i++) v = asArray ? [v] : { a: v };
  return v;
}

/** A value of any kind, often hostile. */
export function hostileValue(r: Rng, depth = 0): unknown {
  const k = Math.floor(r() * 22);
  switch (k) {
    case 0:
      return null;
    case 1:
      return pick(r, [true, false]);
    case 2:
      return pick(r, [0, -1, 1.5, -0.0001, 2 ** 31, 2 ** 53 + 1, -(2 ** 63), 1e308, -1e308, Number.MIN_VALUE]);
    case 3:
      return pick(r, SQL_FRAGMENTS);
    case 4:
      return pick(r, PATH_TRICKS);
    case 5:
      return hugeString(r);
    case 6:
      return depth < 2 ? deepNest(r) : 1;
    case 7:
      return [];
    case 8:
      return {};
    case 9:
      return depth < 3 ? [hostileValue(r, depth + 1), hostileValue(r, depth + 1)] : 'x';
    case 10:
      return depth < 3 ? hostileObject(r, depth + 1) : 'y';
    case 11:
      return String(Math.floor(r() * 1000));
    case 12:
      return pick(r, ['', ' ', '\t', '\n', '\u200b', '\ufeff', 'null', 'undefined', 'NaN', 'true']);
    case 13:
      return pick(r, ['2022-02-30', '9999-12-31', '0000-00-00', '15/6/2022', '2022-06-15T00:00:00Z']);
    case 14:
      return pick(r, ['<img src=x onerror=alert(1)>', '{{constructor.constructor("return process")()}}', '${process.exit()}']);
    case 15:
      return pick(r, ['\ud800', '\udfff', 'a\u0000b', '\u202eabc', 'Ư'.normalize('NFD')]);
    case 16:
      return Math.floor(r() * 2 ** 31);
    case 17:
      return -Math.floor(r() * 1000);
    case 18:
      return { __proto__: { polluted: 'yes' } } as unknown;
    case 19:
      return JSON.parse('{"__proto__": {"polluted": "yes"}, "constructor": {"prototype": {"polluted": "yes"}}}');
    case 20:
      return [pick(r, SQL_FRAGMENTS), pick(r, PATH_TRICKS)];
    default:
      return r().toString(36);
  }
}

export function hostileObject(r: Rng, depth = 0, knownKeys: string[] = []): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  const n = 1 + Math.floor(r() * 4);
  for (let i = 0; i < n; i++) {
    const key =
      r() < 0.3
        ? pick(r, POLLUTION_KEYS)
        : knownKeys.length && r() < 0.6
          ? pick(r, knownKeys)
          : pick(r, ['id', 'planId', 'x', "'; DROP TABLE x; --", '../../etc', 'ư', 'a'.repeat(300), '']);
    // defineProperty: "__proto__" becomes an own key, as JSON.parse makes it.
    Object.defineProperty(out, key, { value: hostileValue(r, depth), enumerable: true, writable: true, configurable: true });
  }
  return out;
}

/** Keys of an object schema (zod 4), for payloads that use the right names with wrong values. */
export function schemaKeys(schema: z.ZodType): string[] {
  const shape = (schema as unknown as { shape?: Record<string, unknown> }).shape;
  return shape && typeof shape === 'object' ? Object.keys(shape) : [];
}

/** One payload for a method: known keys with hostile values, extra keys, or no object at all. */
export function hostileInput(r: Rng, keys: string[]): unknown {
  const k = r();
  if (k < 0.15) return hostileValue(r); // not an object at all, or anything
  if (k < 0.55 && keys.length) {
    const out: Record<string, unknown> = {};
    for (const key of keys) if (r() < 0.7) out[key] = hostileValue(r);
    if (r() < 0.3) Object.defineProperty(out, pick(r, POLLUTION_KEYS), { value: hostileValue(r), enumerable: true });
    return out;
  }
  if (k < 0.7 && keys.length) {
    // Path tricks and SQL in every field.
    const out: Record<string, unknown> = {};
    for (const key of keys) out[key] = r() < 0.5 ? pick(r, PATH_TRICKS) : pick(r, SQL_FRAGMENTS);
    return out;
  }
  return hostileObject(r, 0, keys);
}
