import { useMutation } from '@tanstack/react-query';
import { Alert, App, Form, Modal, type ButtonProps, type FormInstance } from 'antd';
import { useLayoutEffect, useState, type ReactNode } from 'react';
import type { ApiError } from '../api/client';
import { invalidate, type Resource } from '../api/query';
import { showApiErrorOnForm, type FormErrorMapping } from './api-form-errors';
import { DataForm } from './data-form';
import { UnsavedChanges } from './unsaved-changes';

export interface FormModalProps<V, R> extends FormErrorMapping {
  open: boolean;
  title: ReactNode;
  okText: string;
  okButtonProps?: ButtonProps & { 'data-testid'?: string };
  'data-testid'?: string;
  /** The form's name (its fields' ids start with it). */
  name?: string;
  /** Put into the form each time the dialog opens (after a reset). */
  initialValues?: Partial<V>;
  /** Lets the caller watch fields (Form.useWatch) or fill them. */
  form?: FormInstance<V>;
  /** Sends the values; an ApiError lands next to the fields it names, or above the form. */
  submit(values: V): Promise<R>;
  /** Asked before sending (a confirmation that says what will happen); false: nothing is sent. */
  confirm?(values: V): Promise<boolean>;
  /** Resources the change makes stale. */
  invalidates?: Resource[];
  success?: string | ((result: R) => string);
  onClose(): void;
  onDone?(result: R): void;
  /**
   * What the dialog shows once the change is made (an invitation link to hand over), instead of
   * closing: its OK button then reads 完成 and closes it.
   */
  done?(result: R): ReactNode;
  /** Above the error and the form. */
  intro?: ReactNode;
  children: ReactNode;
}

/**
 * A dialog with a form that changes something on the server: reset on every opening, busy while
 * it sends, API errors next to their fields (or above the form), then the changed resources
 * refreshed. The one shape of every create, edit and reject dialog of the app.
 */
export function FormModal<V extends object, R = unknown>(p: FormModalProps<V, R>) {
  const { message } = App.useApp();
  const [own] = Form.useForm<V>();
  const form = p.form ?? own;
  const [error, setError] = useState<string | null>(null);
  const [result, setResult] = useState<{ r: R } | null>(null);
  const mutation = useMutation<R, ApiError, V>({ mutationFn: p.submit });
  const { open, initialValues } = p;
  // before the browser paints the opened dialog: a reset that came later could wipe what was
  // already typed into it
  useLayoutEffect(() => {
    if (!open) return;
    setError(null);
    setResult(null);
    form.resetFields();
    if (initialValues) form.setFieldsValue(initialValues as Parameters<typeof form.setFieldsValue>[0]);
    // only on opening: the caller's initialValues object is new on every render
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [open, form]);

  const finish = async (values: V) => {
    if (p.confirm && !(await p.confirm(values))) return;
    setError(null);
    mutation.mutate(values, {
      onSuccess: async (r) => {
        if (p.success) void message.success(typeof p.success === 'string' ? p.success : p.success(r));
        if (p.invalidates) await invalidate(...p.invalidates);
        if (p.done) setResult({ r });
        p.onDone?.(r);
      },
      onError: (err) => setError(showApiErrorOnForm(form, err, p)),
    });
  };

  return (
    <Modal
      title={p.title}
      open={open}
      onCancel={p.onClose}
      onOk={() => (result ? p.onClose() : form.submit())}
      okText={result ? '完成' : p.okText}
      okButtonProps={p.okButtonProps}
      cancelText="取消"
      cancelButtonProps={result ? { style: { display: 'none' } } : undefined}
      confirmLoading={mutation.isPending}
      forceRender
      data-testid={p['data-testid']}
    >
      {result && p.done ? p.done(result.r) : null}
      {/* hidden, not unmounted, once done: the form instance stays connected for the next opening */}
      <div style={result ? { display: 'none' } : undefined}>
        {p.intro}
        {error ? <Alert type="error" showIcon title={error} style={{ marginBottom: 12 }} /> : null}
        {/* a dialog's own form: not one the drawer it was opened from asks about */}
        <UnsavedChanges.Provider value={null}>
          <DataForm<V> form={form} name={p.name} onFinish={(v) => void finish(v)}>
            {p.children}
          </DataForm>
        </UnsavedChanges.Provider>
      </div>
    </Modal>
  );
}
