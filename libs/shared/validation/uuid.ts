/**
 * A UUID as PostgreSQL prints and accepts it (any case). Checked before an id reaches SQL, so
 * that a malformed one answers "not found" or a field error instead of a database error.
 */
export const UUID_PATTERN = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export const isUuid = (text: string): boolean => UUID_PATTERN.test(text);
