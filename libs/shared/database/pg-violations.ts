/** Integrity constraints PostgreSQL enforces, by SQLSTATE (class 23). */
const KINDS = {
  '23505': 'unique',
  '23503': 'foreign-key',
  '23514': 'check',
  '23502': 'not-null',
  '23P01': 'exclusion',
} as const;

export type ViolationKind = (typeof KINDS)[keyof typeof KINDS];

export interface ConstraintViolation {
  kind: ViolationKind;
  /** The constraint's name ('' when PostgreSQL names none, e.g. not-null). */
  constraint: string;
  table: string;
  column: string;
  /** PostgreSQL's DETAIL line, e.g. `Key (code)=(x) is not present in table "region".` */
  detail: string;
}

type PgFields = { code?: string; constraint?: string; table?: string; column?: string; detail?: string };

/**
 * The constraint violation behind a failed statement, or undefined for any other error.
 * TypeORM's QueryFailedError carries the driver's fields on `driverError` (and copies them
 * onto itself); a bare pg error has them directly.
 */
export function constraintViolation(err: unknown): ConstraintViolation | undefined {
  if (!err || typeof err !== 'object') return undefined;
  const outer = err as PgFields & { driverError?: PgFields };
  const e = outer.driverError ?? outer;
  const kind = KINDS[(e.code ?? '') as keyof typeof KINDS];
  if (!kind) return undefined;
  return {
    kind,
    constraint: e.constraint ?? '',
    table: e.table ?? '',
    column: e.column ?? '',
    detail: e.detail ?? '',
  };
}

/** Per kind of violation, the domain error it means (undefined: not one this caller expects). */
export type ViolationMap = Partial<Record<ViolationKind, (v: ConstraintViolation) => Error | undefined>>;

/**
 * Maps a constraint violation to the domain error the caller names for it; anything else
 * (another kind, a constraint the map does not know, not a violation at all) comes back as
 * it was, so `catch (err) { throw mapViolation(err, {...}) }` never hides a bug.
 */
export function mapViolation(err: unknown, map: ViolationMap): unknown {
  const v = constraintViolation(err);
  return (v && map[v.kind]?.(v)) ?? err;
}
