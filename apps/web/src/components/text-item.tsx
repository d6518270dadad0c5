import { Form, Input } from 'antd';
import type { ReactNode } from 'react';

/** A one-line text field of a form: label, limit, and whether it must be filled. */
export function TextItem({
  name,
  label,
  max,
  required,
  extra,
  placeholder,
}: {
  name: string | string[];
  label: string;
  max: number;
  required?: boolean;
  extra?: ReactNode;
  placeholder?: string;
}) {
  return (
    <Form.Item name={name} label={label} required={required} extra={extra}>
      <Input maxLength={max} placeholder={placeholder} />
    </Form.Item>
  );
}
