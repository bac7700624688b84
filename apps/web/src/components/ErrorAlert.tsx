import { Alert } from 'antd';
import { errorMessage } from '../app/request';

/** A failed request's message above the form or list it belongs to; nothing while there is no error. */
export function ErrorAlert({ error, 'data-testid': testId }: { error: unknown; 'data-testid'?: string }) {
  if (!error) return null;
  return <Alert type="error" showIcon title={errorMessage(error)} style={{ marginBottom: 16 }} data-testid={testId} />;
}
