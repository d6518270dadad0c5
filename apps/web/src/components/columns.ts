import { Grid, type Breakpoint, type TableColumnType } from 'antd';
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

/** A listing's 技术领域 in words (`fields`: useTechFields), its code where the name is not known. */
export function techFieldColumn<T>(
  fields: Record<string, string>,
  width: number,
  responsive: Breakpoint[],
): TableColumnType<T> {
  return { title: '技术领域', dataIndex: 'techFieldCode', width, responsive, render: (c: string) => fields[c] ?? c };
}

/**
 * The width of the columns this window shows (a column with `responsive` only from its
 * breakpoint up): the table's scroll.x, so that it scrolls sideways only when they do not fit.
 */
export function useShownWidth<T>(columns: readonly TableColumnType<T>[]): number {
  const screens = Grid.useBreakpoint();
  return columns
    .filter((c) => !c.responsive || c.responsive.some((b) => screens[b]))
    .reduce((sum, c) => sum + (typeof c.width === 'number' ? c.width : 0), 0);
}
