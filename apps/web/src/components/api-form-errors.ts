import type { FormInstance } from 'antd';
import { ApiError } from '../api/client';
import { fieldMessage, isRequiredMessage } from '../api/error-messages';

export interface FormErrorMapping {
  /** Dotted names of the fields the form shows ("org.name"). */
  fields: string[];
  /** Domain error codes that concern one field (EMAIL_TAKEN → "admin.email"). */
  codeFields?: Record<string, string>;
}

const blank = (v: unknown) => v === undefined || v === null || v === '' || (Array.isArray(v) && v.length === 0);

/**
 * The one message a field shows for the API's list of broken rules. A missing value breaks every
 * rule at once ("不能包含控制字符 / 最多 200 个字符 / 至少 2 个字符 / 必填"): then only that it
 * is required is relevant. A value that is there broke the first of its other rules. `value` is
 * the field's value in the form; a field the form does not show has none (`shown` false).
 */
export function oneFieldMessage(field: string, messages: string[], shown: boolean, value?: unknown): string {
  const words = messages.map((m) => fieldMessage(field, m));
  const isRequired = messages.map(isRequiredMessage);
  const required = words.find((_, i) => isRequired[i]);
  const others = words.filter((_, i) => !isRequired[i]);
  if (shown ? blank(value) : required && others.length > 0) return required ?? '请填写此项';
  return others[0] ?? words[0] ?? '填写有误，请检查';
}

/**
 * Puts an API error next to the form fields it concerns: VALIDATION_FAILED details by field path
 * ("org.name" → ['org', 'name']), one message each, and domain codes listed in `codeFields`.
 * Returns the message for whatever could not be placed on a field, or null when everything was.
 */
export function showApiErrorOnForm(form: FormInstance, err: unknown, mapping: FormErrorMapping): string | null {
  if (!(err instanceof ApiError)) return '操作失败，请稍后再试';
  const shown = new Set(mapping.fields);
  const placed: { name: string[]; errors: string[] }[] = [];
  const unplaced: string[] = [];
  for (const d of err.fieldErrors) {
    const name = d.field.split('.');
    const message = oneFieldMessage(d.field, d.messages, shown.has(d.field), form.getFieldValue(name));
    if (shown.has(d.field)) placed.push({ name, errors: [message] });
    else unplaced.push(message);
  }
  const byCode = mapping.codeFields?.[err.code];
  if (byCode && shown.has(byCode)) placed.push({ name: byCode.split('.'), errors: [err.message] });
  if (placed.length) form.setFields(placed);
  if (unplaced.length) return `${err.message}：${unplaced.join('；')}`;
  return placed.length ? null : err.message;
}
