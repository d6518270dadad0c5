import { Form, Input, InputNumber, Select } from 'antd';
import { yuanText } from '../../format';
import { namedOptions } from '../../components/choices';

/** The words of a target's fields, and the form items the target dialogs share. */
export const COMPARISON: Record<string, string> = { gt: '超过', gte: '不少于', eq: '达到' };
export const ACCUMULATION: Record<string, string> = { annual: '年度', cumulative: '累计', level: '期末水平' };
const UNIT: Record<string, string> = { yuan: '元', count: '个数', percent: '百分比' };

export const valueOf = (unit: string, v: string) =>
  unit === 'yuan' ? yuanText(v) : unit === 'percent' ? `${Number(v)}%` : String(Number(v));
export const periodOf = (t: { fromYear: number; targetYear: number }) =>
  t.fromYear === t.targetYear ? `${t.targetYear}年` : `${t.fromYear}—${t.targetYear}年`;

/** A year of a plan or a target. */
export function YearItem({ name, label, required }: { name: string; label: string; required?: boolean }) {
  return (
    <Form.Item name={name} label={label} rules={required ? [{ required: true, message: '请填写' }] : undefined}>
      <InputNumber min={2000} max={2100} precision={0} />
    </Form.Item>
  );
}

/** What a target aims at: the comparison and the value, in the indicator's unit. */
export function GoalItems({ unit }: { unit: string | undefined }) {
  return (
    <>
      <Form.Item name="comparison" label="比较">
        <Select style={{ width: 100 }} options={namedOptions(COMPARISON)} />
      </Form.Item>
      <Form.Item
        name="value"
        label={`目标值（${UNIT[unit ?? 'count']}）`}
        rules={[{ required: true, message: '请填写' }]}
      >
        <Input style={{ width: 180 }} />
      </Form.Item>
    </>
  );
}
