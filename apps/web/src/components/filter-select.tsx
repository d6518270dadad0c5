import { Select } from 'antd';
import { namedOptions } from './choices';

/** A list filter: one of the named values, or (cleared) any. */
export function FilterSelect<T extends string>({
  placeholder,
  value,
  onChange,
  names,
  testId,
}: {
  placeholder: string;
  value: T | undefined;
  onChange(v: T | undefined): void;
  names: Record<T, string>;
  testId?: string;
}) {
  return (
    <Select<T>
      allowClear
      placeholder={placeholder}
      value={value}
      onChange={onChange}
      style={{ width: '100%' }}
      options={namedOptions(names)}
      data-testid={testId}
    />
  );
}
