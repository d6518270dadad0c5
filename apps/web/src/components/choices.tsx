import { Form, Radio, type FormRule } from 'antd';

/** The options of a select, a radio or a checkbox group: each value with its name, in the names' order. */
export const namedOptions = <T extends string>(names: Record<T, string>) =>
  (Object.keys(names) as T[]).map((value) => ({ value, label: names[value] }));

/** A form field of a few named choices, side by side as radio buttons. */
export function RadioItem({
  name,
  label,
  names,
  rules,
  required,
  disabled,
}: {
  name: string;
  label: string;
  names: Record<string, string>;
  rules?: FormRule[];
  required?: boolean;
  disabled?: boolean;
}) {
  return (
    <Form.Item name={name} label={label} rules={rules} required={required}>
      <Radio.Group disabled={disabled} options={namedOptions(names)} />
    </Form.Item>
  );
}
