import { Form, type FormInstance, type FormProps } from 'antd';
import type { KeyboardEvent, ReactNode } from 'react';
import { useUnsavedChanges } from './unsaved-changes';

/**
 * Enter in a one-line field of a form with several fields must not send it: a user who presses
 * Enter to confirm a date or a tag would save half a form. Text areas keep their new lines and
 * buttons their clicks; selects and pickers have already handled the key when it gets here.
 */
export function keepEnterFromSubmitting(e: KeyboardEvent<HTMLFormElement>): void {
  if (e.key !== 'Enter') return;
  const target = e.target as HTMLElement;
  if (target instanceof HTMLInputElement && target.type !== 'submit' && target.type !== 'button') e.preventDefault();
}

const isPlainObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && Object.getPrototypeOf(v) === Object.prototype;

/** The field paths of a change ({ org: { name } } → [['org', 'name']]), down to plain values. */
export function changedPaths(changed: Record<string, unknown>, prefix: string[] = []): string[][] {
  return Object.entries(changed).flatMap(([k, v]) =>
    isPlainObject(v) ? changedPaths(v, [...prefix, k]) : [[...prefix, k]],
  );
}

/**
 * The one form of the app's data entry: labels above fields, Enter never submits, and an error
 * the server put on a field goes away as soon as the user changes that field (the field's own
 * rules, if any, then judge the new value). Inside a SideDrawer, closing the drawer asks before it
 * drops what the user changed here.
 */
export function DataForm<V>({
  form,
  onValuesChange,
  children,
  ...rest
}: Omit<FormProps<V>, 'form' | 'children'> & { form: FormInstance<V>; children: ReactNode; 'data-testid'?: string }) {
  // in a drawer: closing it asks first once the user has changed this form
  useUnsavedChanges(form as FormInstance);
  return (
    <Form<V>
      layout="vertical"
      {...rest}
      form={form}
      onKeyDown={keepEnterFromSubmitting}
      onValuesChange={(changed, all) => {
        const stale = changedPaths(changed as Record<string, unknown>).filter(
          (name) => form.getFieldError(name as never).length > 0,
        );
        if (stale.length) form.setFields(stale.map((name) => ({ name: name as never, errors: [] })));
        onValuesChange?.(changed, all);
      }}
    >
      {children}
    </Form>
  );
}
