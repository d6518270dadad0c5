import { QueryFailedError } from 'typeorm';

/** The constraint a unique violation (23505) hit, or undefined for any other error. */
export function uniqueViolation(err: unknown): string | undefined {
  if (!(err instanceof QueryFailedError)) return undefined;
  const d = err.driverError as { code?: string; constraint?: string };
  return d.code === '23505' ? (d.constraint ?? '') : undefined;
}
