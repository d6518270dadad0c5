import { Alert } from 'antd';
import type { ApiError } from '../api/client';

/** A failed load, in words, above what could not be shown. */
export function ErrorAlert({
  error,
  type = 'error',
}: {
  error: ApiError | null | undefined;
  type?: 'error' | 'warning';
}) {
  return error ? <Alert type={type} showIcon title={error.message} style={{ marginBottom: 12 }} /> : null;
}
