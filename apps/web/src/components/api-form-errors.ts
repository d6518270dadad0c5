import type { FormInstance } from 'antd';
import { ApiError } from '../api/client';
import { fieldMessage } from '../api/error-messages';

export interface FormErrorMapping {
  /** Dotted names of the fields the form shows ("org.name"). */
  fields: string[];
  /** Domain error codes that concern one field (EMAIL_TAKEN → "admin.email"). */
  codeFields?: Record<string, string>;
}

/**
 * Puts an API error next to the form fields it concerns: VALIDATION_FAILED details by field path
 * ("org.name" → ['org', 'name']) and domain codes listed in `codeFields`. Returns the message for
 * whatever could not be placed on a field, or null when everything was.
 */
export function showApiErrorOnForm(form: FormInstance, err: unknown, mapping: FormErrorMapping): string | null {
  if (!(err instanceof ApiError)) return '操作失败，请稍后再试';
  const shown = new Set(mapping.fields);
  const placed: { name: string[]; errors: string[] }[] = [];
  const unplaced: string[] = [];
  for (const d of err.fieldErrors) {
    const messages = d.messages.map((m) => fieldMessage(d.field, m));
    if (shown.has(d.field)) placed.push({ name: d.field.split('.'), errors: messages });
    else unplaced.push(...messages);
  }
  const byCode = mapping.codeFields?.[err.code];
  if (byCode && shown.has(byCode)) placed.push({ name: byCode.split('.'), errors: [err.message] });
  if (placed.length) form.setFields(placed);
  if (unplaced.length) return `${err.message}：${unplaced.join('；')}`;
  return placed.length ? null : err.message;
}
