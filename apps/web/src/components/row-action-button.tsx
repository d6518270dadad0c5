import { Button, type ButtonProps } from 'antd';

/** What RowActionButton needs of a useAction: run it on a row, and which row it runs on now. */
interface RowAction<T> {
  isPending: boolean;
  variables?: T;
  mutate(row: T): void;
}

/**
 * A small button that runs `action` on one row of a list (no question asked); it spins while
 * that row's change is under way, not while another row's is.
 */
export function RowActionButton<T extends { id: string }>({
  action,
  row,
  ...button
}: { action: RowAction<T>; row: T } & Omit<ButtonProps, 'onClick' | 'loading'> & { 'data-testid'?: string }) {
  return (
    <Button
      size="small"
      loading={action.isPending && action.variables?.id === row.id}
      onClick={() => action.mutate(row)}
      {...button}
    />
  );
}
