import { Form, Input, type FormRule } from 'antd';
import type { ReactNode } from 'react';
import { rules } from './form-rules';

/**
 * A one-line text field of a form: label, length limit, whether it must be filled (with the
 * required mark), and any further shared rule (rules.phone, rules.email); one message at a time.
 */
export function TextItem({
  name,
  label,
  max,
  min,
  required,
  rules: more = [],
  extra,
  placeholder,
}: {
  name: string | string[];
  label: string;
  max: number;
  min?: number;
  required?: boolean;
  rules?: FormRule[];
  extra?: ReactNode;
  placeholder?: string;
}) {
  return (
    <Form.Item
      name={name}
      label={label}
      extra={extra}
      validateFirst
      rules={[...(required ? [rules.required(label)] : []), rules.length(label, max, min), ...more]}
    >
      <Input maxLength={max} placeholder={placeholder} />
    </Form.Item>
  );
}
