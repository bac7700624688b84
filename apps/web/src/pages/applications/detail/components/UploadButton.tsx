import { UploadOutlined } from '@ant-design/icons';
import { App, Button, Upload } from 'antd';
import { useT } from '../../../../app/prefs';
import { errorMessage } from '../../../../app/request';
import { MAX_UPLOAD_BYTES, UPLOAD_ACCEPT, uploadType } from '../../shared/api';
import { type UploadTarget, useUpload } from '../queries';

/** Picks one PDF, JPEG or PNG of at most 10 MB and sends it; the server's answer refreshes the page. */
export function UploadButton({
  applicationId,
  target,
  label,
  testId,
}: {
  applicationId: string;
  target: UploadTarget;
  label: string;
  testId: string;
}) {
  const t = useT();
  const { message } = App.useApp();
  const upload = useUpload();
  return (
    <Upload
      accept={UPLOAD_ACCEPT}
      showUploadList={false}
      maxCount={1}
      beforeUpload={(file) => {
        const type = uploadType(file);
        if (!type) void message.error(t('upload.wrongType'));
        else if (file.size > MAX_UPLOAD_BYTES) void message.error(t('upload.tooLarge'));
        else
          upload.mutate(
            { id: applicationId, target, file, type },
            {
              onSuccess: () => void message.success(t('upload.done', { name: file.name })),
              onError: (err) => void message.error(errorMessage(err)),
            },
          );
        return Upload.LIST_IGNORE;
      }}
    >
      <Button icon={<UploadOutlined />} loading={upload.isPending} data-testid={testId}>
        {label}
      </Button>
    </Upload>
  );
}
