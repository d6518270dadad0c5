import type { Type } from '@nestjs/common';
import { ApiProperty, type ApiPropertyOptions } from '@nestjs/swagger';

/**
 * What a response field holds, as short as a type annotation: a scalar name, a list of enum
 * values, or a DTO class (a thunk, so classes may refer to ones declared below them).
 */
type FieldSpec = 'string' | 'integer' | 'number' | 'boolean' | 'object' | readonly string[] | (() => Type<unknown>);

export interface FieldOptions {
  /** `| null` in the web's types. */
  nullable?: boolean;
  /** Absent for some rows (a field of one listing kind, a detail-only field): `?` in the web's types. */
  optional?: boolean;
  array?: boolean;
  description?: string;
}

/**
 * One property of a response DTO in the OpenAPI document. Response DTOs describe what the
 * services return (apps/api/src/openapi/response-views.fit.ts checks that they claim nothing the
 * views lack), so that the web app's types are generated from the document, not copied by hand.
 */
export function Field(spec: FieldSpec, o: FieldOptions = {}): PropertyDecorator {
  const base: ApiPropertyOptions =
    typeof spec === 'function'
      ? // written here, the arrow is named `type`: how @nestjs/swagger tells a lazy type from a class
        { type: () => spec() }
      : Array.isArray(spec)
        ? { enum: spec as string[] }
        : spec === 'object'
          ? { type: 'object', additionalProperties: true }
          : { type: spec as 'string' | 'integer' | 'number' | 'boolean' };
  return ApiProperty({
    ...base,
    ...(o.array ? { isArray: true } : {}),
    ...(o.nullable ? { nullable: true } : {}),
    required: !o.optional,
    ...(o.description ? { description: o.description } : {}),
  } as ApiPropertyOptions);
}

/** A field that maps keys to counts (facets, per-phase problem counts). */
export function CountMap(o: { nested?: boolean; description?: string } = {}): PropertyDecorator {
  const counts = { type: 'integer' } as const;
  return ApiProperty({
    type: 'object',
    additionalProperties: o.nested ? { type: 'object', additionalProperties: counts } : counts,
    ...(o.description ? { description: o.description } : {}),
  } as ApiPropertyOptions);
}

/** `{ items, total, page, pageSize }` of `item`, named `<Item>PageDto` in the document. */
export function PageOf<T>(item: Type<T>): Type<{ items: T[]; total: number; page: number; pageSize: number }> {
  class Page {
    @Field(() => item, { array: true }) items!: T[];
    @Field('integer') total!: number;
    @Field('integer') page!: number;
    @Field('integer') pageSize!: number;
  }
  Object.defineProperty(Page, 'name', { value: `${item.name.replace(/(View)?Dto$/, '')}PageDto` });
  return Page;
}
