import type { FormRule } from 'antd';
import { PHONE_PATTERN } from '../../../../libs/shared/validation/index.js';

/**
 * The client-side rules of every form, in the words users read: one message per field, naming
 * the field the way its label does. The API checks the same limits (apps/api/src/dto-fields.ts);
 * these only answer sooner. A field with `required` rules shows antd's required mark.
 */
export const rules = {
  /** A text that must be filled in (blank spaces do not count). */
  required: (label: string): FormRule => ({ required: true, whitespace: true, message: `请填写${label}` }),
  /** A choice that must be made (select, date, region). */
  chosen: (label: string): FormRule => ({ required: true, message: `请选择${label}` }),
  /** At least one item of a multiple choice. */
  someChosen: (label: string): FormRule => ({
    required: true,
    type: 'array',
    min: 1,
    message: `请至少选择一项${label}`,
  }),
  /** Text length in characters (a Chinese character counts one). */
  length: (label: string, max: number, min = 0): FormRule =>
    min > 0 ? { min, max, message: `${label}应为 ${min}–${max} 个字` } : { max, message: `${label}最多 ${max} 个字` },
  phone: { pattern: PHONE_PATTERN, message: '请填写正确的电话号码，如 0558-1234567 或 13800000000' } as FormRule,
  mobile: { pattern: /^1[3-9]\d{9}$/, message: '请填写 11 位手机号' } as FormRule,
  email: { type: 'email', message: '请填写正确的邮箱地址' } as FormRule,
  /** 统一社会信用代码: 18 characters of digits and capital letters (the API checks the check digit). */
  creditCode: {
    pattern: /^[0-9A-HJ-NPQRTUWXY]{2}\d{6}[0-9A-HJ-NPQRTUWXY]{10}$/,
    message: '统一社会信用代码应为 18 位数字或大写字母，与营业执照一致',
  } as FormRule,
};

/** A required text field with a length limit: the rules in the order a user meets them. */
export const requiredText = (label: string, max: number, min = 0): FormRule[] => [
  rules.required(label),
  rules.length(label, max, min),
];
