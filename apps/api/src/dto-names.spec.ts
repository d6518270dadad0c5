import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * @nestjs/swagger names a body's schema after its DTO class, and two classes of one name share
 * one schema in the OpenAPI document (the last one wins): an optional `version` became required
 * for every route that used another `VersionDto`. Class names of DTOs are unique.
 */
describe('DTO class names', () => {
  it('are unique across the api', () => {
    const files = (dir: string): string[] =>
      readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
        e.isDirectory()
          ? files(join(dir, e.name))
          : e.name.endsWith('.ts') && !e.name.endsWith('.spec.ts')
            ? [join(dir, e.name)]
            : [],
      );
    const seen = new Map<string, string[]>();
    for (const f of [
      ...files(join(import.meta.dirname, '.')),
      ...files(join(import.meta.dirname, '../../../libs/shared/http')),
    ]) {
      for (const m of readFileSync(f, 'utf8').matchAll(/export class (\w+Dto)\b/g))
        seen.set(m[1]!, [...(seen.get(m[1]!) ?? []), f]);
    }
    expect([...seen].filter(([, where]) => where.length > 1).map(([name]) => name)).toEqual([]);
  });
});
