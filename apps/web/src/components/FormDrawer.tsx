import { Button, Drawer, Flex, type FormInstance, Grid } from 'antd';
import type { ReactNode } from 'react';
import { useT } from '../app/prefs';
import { ErrorAlert } from './ErrorAlert';

interface Props {
  open: boolean;
  onClose: () => void;
  title: ReactNode;
  /** Width on tablets and wider; phones get the full screen. */
  width: number;
  form: Pick<FormInstance, 'submit'>;
  /** The save request: its pending state drives the 保存 button, its error the alert. */
  mutation: { isPending: boolean; error: unknown };
  submitTestId: string;
  errorTestId?: string;
  /** Viewing only: the footer offers 关闭 and no 保存. */
  readOnly?: boolean;
  children: ReactNode;
}

/** A create/edit form in a side drawer with 取消 / 保存 in its footer; the form itself stays with the caller. */
export function FormDrawer({
  open,
  onClose,
  title,
  width,
  form,
  mutation,
  submitTestId,
  errorTestId,
  readOnly = false,
  children,
}: Props) {
  const t = useT();
  const mobile = !Grid.useBreakpoint().md;
  return (
    <Drawer
      open={open}
      onClose={onClose}
      title={title}
      size={mobile ? '100%' : width}
      destroyOnHidden
      footer={
        <Flex justify="flex-end" gap={8}>
          <Button onClick={onClose}>{readOnly ? t('common.close') : t('common.cancel')}</Button>
          {!readOnly && (
            <Button
              type="primary"
              onClick={() => form.submit()}
              loading={mutation.isPending}
              data-testid={submitTestId}
            >
              {t('common.save')}
            </Button>
          )}
        </Flex>
      }
    >
      <ErrorAlert error={mutation.error} data-testid={errorTestId} />
      {children}
    </Drawer>
  );
}
