import type { Breakpoint, TableColumnType } from 'antd';
import { dateText, dateTimeText } from '../format';

/** A column of a date (`date`) or a moment (`time`, to the minute); '—' where there is none. */
export function whenColumn<T>(
  title: string,
  dataIndex: string,
  width: number,
  o: { date?: boolean; responsive?: Breakpoint[] } = {},
): TableColumnType<T> {
  return {
    title,
    dataIndex,
    width,
    ...(o.responsive ? { responsive: o.responsive } : {}),
    render: (d: string | null) => (o.date ? dateText(d) : dateTimeText(d)),
  };
}
