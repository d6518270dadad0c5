import { ApiProperty, ApiPropertyOptional, type ApiPropertyOptions } from '@nestjs/swagger';
import { Transform, Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsBoolean,
  IsEmail,
  IsIn,
  IsInt,
  IsISO8601,
  IsOptional,
  IsString,
  IsUUID,
  Length,
  Matches,
  Max,
  MaxLength,
  Min,
  ValidateBy,
  type ValidationOptions,
} from 'class-validator';
import { chinaToday } from '../../../libs/reference/src/index.js';
import { PHONE_PATTERN } from '../../../libs/shared/validation/index.js';

/**
 * Building blocks of the request DTOs: the property shapes the api repeats (region codes,
 * versions, ids, dates, bounded text, list filters), each written once with its OpenAPI
 * documentation and its validation messages. The messages name the field, so each block builds
 * them from the property it decorates.
 */

/** The largest int4: a version past it answered 500 before (issue 14). */
export const MAX_INT4 = 2_147_483_647;
const REGION_CODE = /^\d{6}$/;
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
const MOBILE = /^1[3-9]\d{9}$/;
/** One line of text: no control characters. */
export const PLAIN_LINE = /^[^\p{Cc}]*$/u;
/** Text with something in it: whitespace alone (spaces, 全角空格) is no title, name or reason. */
export const NOT_BLANK = /\S/;
export const NotBlank = (name: string): PropertyDecorator => Matches(NOT_BLANK, { message: `${name} 不能只填空格` });
/** Long text without control characters but for newlines and tabs. */
// eslint-disable-next-line no-control-regex -- refusing control characters is what it is for
export const PLAIN_TEXT = /^[^\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]*$/u;

/** OpenAPI options of a property, and whether it may be left out. */
export type FieldDoc = ApiPropertyOptions & { optional?: boolean };

/**
 * One property's decorators: its documentation (ApiProperty, or ApiPropertyOptional and
 * IsOptional), then `rules(name)`. Applied lowest first, as TypeScript applies a stack written
 * in this order, so the validators run, and their messages are listed, as if written out.
 */
export function field(doc: FieldDoc, rules: (name: string) => PropertyDecorator[] = () => []): PropertyDecorator {
  const { optional, ...api } = doc;
  return (target, key) => {
    const stack = [
      optional ? ApiPropertyOptional(api) : ApiProperty(api),
      ...(optional ? [IsOptional()] : []),
      ...rules(String(key)),
    ];
    for (const decorate of stack.reverse()) decorate(target, key);
  };
}

/** Which control characters a text refuses: `line` all of them, `text` all but newlines and tabs. */
type TextDoc = FieldDoc & { chars?: 'line' | 'text' };

/**
 * A string of at most `max` characters, or of `min` to `max` characters; with `chars`, without
 * control characters (a title: `line`; a description or a reason: `text`).
 */
export function TextField(doc: TextDoc, max: number): PropertyDecorator;
export function TextField(doc: TextDoc, min: number, max: number): PropertyDecorator;
export function TextField({ chars, ...doc }: TextDoc, a: number, b?: number): PropertyDecorator {
  return field(doc, (name) => [
    IsString(),
    // a required text (at least one character) must hold more than whitespace
    ...(b === undefined ? [MaxLength(a)] : [Length(a, b), ...(a >= 1 ? [NotBlank(name)] : [])]),
    ...(chars ? [Matches(chars === 'line' ? PLAIN_LINE : PLAIN_TEXT, { message: `${name} 不能包含控制字符` })] : []),
  ]);
}

/** A value of a fixed list (`message` replaces class-validator's English one). */
export function OneOfField(doc: FieldDoc, values: readonly unknown[], message?: string): PropertyDecorator {
  return field(doc, () => [IsIn(values as unknown[], message === undefined ? undefined : { message })]);
}

/** A 6-digit administrative region code (GB/T 2260). */
export function RegionCodeField(doc: FieldDoc = {}): PropertyDecorator {
  return field(doc, (name) => [Matches(REGION_CODE, { message: `${name} 必须是 6 位数字的行政区划代码` })]);
}

/** A UUID, refused with a message naming the field. */
export function UuidField(doc: FieldDoc = {}): PropertyDecorator {
  return field({ format: 'uuid', ...doc }, (name) => [IsUUID('all', { message: `${name} 必须是 UUID` })]);
}

/** A date written YYYY-MM-DD: the shape, and with `strict` also that the date exists. */
export function DateField(doc: FieldDoc = {}, opts: { strict?: boolean; notPast?: string } = {}): PropertyDecorator {
  return field(doc, (name) => [
    ...(opts.strict ? [IsISO8601({ strict: true })] : []),
    Matches(ISO_DATE, { message: `${name} 必须是 YYYY-MM-DD` }),
    ...(opts.notPast ? [NotPast(opts.notPast)] : []),
  ]);
}

/** A date from today on (China's date): a deadline a user sets cannot have passed already. */
function NotPast(label: string): PropertyDecorator {
  return ValidateBy({
    name: 'notPast',
    validator: {
      validate: (v: unknown) => typeof v !== 'string' || !ISO_DATE.test(v) || v >= chinaToday(),
      defaultMessage: () => `${label}不能早于今天`,
    },
  });
}

/** A calendar date written YYYY-MM-DD that exists (2025-02-30 is refused). */
export function CalendarDateField(doc: FieldDoc = {}): PropertyDecorator {
  return field(doc, (name) => {
    const message = `${name} 必须是 YYYY-MM-DD 格式的日期`;
    return [IsISO8601({ strict: true }, { message }), Matches(ISO_DATE, { message })];
  });
}

export function EmailField(doc: FieldDoc = {}): PropertyDecorator {
  return field(doc, (name) => [IsEmail({}, { message: `${name} 必须是邮箱地址` })]);
}

/** A telephone number (landline or mobile) of at most `max` characters: "abc" is no phone. */
export function PhoneField(doc: FieldDoc, max: number): PropertyDecorator {
  return field(doc, (name) => [
    IsString({ message: `${name} 必须是电话号码` }),
    MaxLength(max, { message: `${name} 最多 ${max} 个字符` }),
    Matches(PHONE_PATTERN, { message: `${name} 必须是电话号码，如 0558-1234567 或 13800000000` }),
  ]);
}

/** A mainland mobile number. */
export function MobileField(doc: FieldDoc = {}): PropertyDecorator {
  return field(doc, (name) => [Matches(MOBILE, { message: `${name} 必须是 11 位手机号` })]);
}

/**
 * The version read, for optimistic locking (an int4). `coerce` for query strings and forms;
 * `message` replaces the default "<field> 必须是整数"; the description defaults to the optimistic lock's.
 */
export function VersionField(doc: FieldDoc = {}, opts: { coerce?: boolean; message?: string } = {}): PropertyDecorator {
  return field({ description: '读取时的版本号（乐观锁）', example: 1, ...doc }, (name) => [
    ...(opts.coerce ? [Type(() => Number)] : []),
    IsInt({ message: opts.message ?? `${name} 必须是整数` }),
    Min(1),
    Max(MAX_INT4),
  ]);
}

/** Integer fen up to 10^16 (a hundred trillion yuan): digits only, no sign or leading zero. */
const FEN = /^(0|[1-9][0-9]{0,16})$/;
/** An instant: date, time to the minute at least, and its offset (`+08:00` for China time, or `Z`). */
const INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,6})?)?(Z|[+-]\d{2}:\d{2})$/;

/** An amount of money in fen as a decimal string (libs/shared/money), so no amount passes through a float. */
export function FenField(doc: FieldDoc): PropertyDecorator {
  return field({ type: String, example: '10000000', ...doc }, (name) => [
    IsString({ message: `${name} 必须是以分为单位的整数字符串` }),
    Matches(FEN, { message: `${name} 必须是以分为单位的非负整数字符串，如 "10000000"（10 万元）` }),
  ]);
}

/** A point in time in ISO 8601 with its offset, e.g. 2026-12-08T09:00:00+08:00 (China time). */
export function InstantField(doc: FieldDoc = {}): PropertyDecorator {
  return field({ type: String, format: 'date-time', ...doc }, (name) => {
    const message = `${name} 必须是带时区的时间，如 2026-12-08T09:00:00+08:00`;
    return [IsString({ message }), Matches(INSTANT, { message }), IsISO8601({ strict: true }, { message })];
  });
}

/** An integer of a query string in [min, max], every refusal with `message`, if given. */
export function IntQueryField(doc: FieldDoc, min: number, max: number, message?: string): PropertyDecorator {
  const options: ValidationOptions | undefined = message === undefined ? undefined : { message };
  return field(doc, () => [Type(() => Number), IsInt(options), Min(min, options), Max(max, options)]);
}

/** A technology readiness level filter of a query string (1–9). */
export function TrlQueryField(doc: FieldDoc): PropertyDecorator {
  return field(doc, (name) => {
    const message = `${name} 必须是 1 到 9 的整数`;
    return [Type(() => Number), IsInt({ message }), Min(1, { message }), Max(9, { message })];
  });
}

const toBool = ({ value }: { value: unknown }) => (value === 'true' ? true : value === 'false' ? false : value);

/** `true` / `false` of a query string. */
export function BooleanQueryField(doc: FieldDoc, opts: { message?: boolean } = { message: true }): PropertyDecorator {
  return field(doc, (name) => [
    Transform(toBool),
    IsBoolean(opts.message ? { message: `${name} 必须是 true 或 false` } : undefined),
  ]);
}

/** `a=1&a=2` and `a=1,2` both become ['1', '2']. */
const toList = ({ value }: { value: unknown }) =>
  value === undefined
    ? undefined
    : (Array.isArray(value) ? value : [value])
        .flatMap((v) => (typeof v === 'string' ? v.split(',') : [v]))
        .map((v) => (typeof v === 'string' ? v.trim() : v));

/** A multi-valued query filter of known values (repeated or comma-separated). */
export function ListQueryField(doc: FieldDoc, values: readonly string[], message?: string): PropertyDecorator {
  return field(doc, () => [
    Transform(toList),
    IsArray(),
    ArrayMaxSize(values.length),
    IsIn(values as string[], { each: true, ...(message === undefined ? {} : { message }) }),
  ]);
}

/** A multi-valued filter of 2-digit technology field codes. */
export function TechFieldsQueryField(): PropertyDecorator {
  return field({ description: '技术领域代码，可多选', type: [String], example: ['06'], optional: true }, () => [
    Transform(toList),
    IsArray(),
    ArrayMaxSize(11),
    Matches(/^\d{2}$/, { each: true, message: 'techField 请从技术领域列表中选择' }),
  ]);
}

/** A route's `:id` of one kind of resource, e.g. `class LoanIdParamDto extends IdParam('贷款备案 ID') {}`. */
export function IdParam(description?: string) {
  class IdParamDto {
    @UuidField(description ? { description } : {})
    id: string;
  }
  return IdParamDto;
}
