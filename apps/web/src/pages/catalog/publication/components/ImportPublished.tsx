import type { PublishedImportView } from '@pfc/contracts';
import { UploadOutlined } from '@ant-design/icons';
import { Alert, Button, Card, DatePicker, Form, Input, Table, Typography, Upload } from 'antd';
import type { Dayjs } from 'dayjs';
import { useState } from 'react';
import { useT } from '../../../../app/prefs';
import { ErrorAlert } from '../../../../components/ErrorAlert';
import { useImportPublished } from '../queries';

interface Values {
  documentNumber: string;
  effectiveDate: Dayjs;
}

/** 导入既有清单: lists published before the platform, from Excel; row problems are listed. */
export function ImportPublished({ code }: { code: string }) {
  const t = useT();
  const [file, setFile] = useState<File | null>(null);
  const [report, setReport] = useState<PublishedImportView | null>(null);
  const [fileMissing, setFileMissing] = useState(false);
  const run = useImportPublished(code);
  const onFinish = (v: Values) => {
    if (!file) {
      setFileMissing(true);
      return;
    }
    setReport(null);
    run.mutate(
      { file, documentNumber: v.documentNumber.trim(), effectiveDate: v.effectiveDate.format('YYYY-MM-DD') },
      { onSuccess: setReport },
    );
  };
  return (
    <Card title={t('pub.import')} data-testid="import-published">
      <Typography.Paragraph type="secondary">{t('pub.importHint')}</Typography.Paragraph>
      <ErrorAlert error={run.error} data-testid="import-error" />
      {report && report.problems.length === 0 && (
        <Alert
          type="success"
          showIcon
          style={{ marginBottom: 16 }}
          data-testid="import-result"
          title={
            report.alreadyImported
              ? t('pub.alreadyImported')
              : t('pub.imported', { n: report.imported, version: report.versionNo ?? '—' })
          }
        />
      )}
      {report && report.problems.length > 0 && (
        <div data-testid="import-problems" style={{ marginBottom: 16 }}>
          <Alert
            type="warning"
            showIcon
            title={t('pub.problems', { n: new Set(report.problems.map((p) => p.rowNumber)).size })}
            style={{ marginBottom: 8 }}
          />
          <Table
            size="small"
            rowKey={(p) => `${p.rowNumber}-${p.column}-${p.message}`}
            pagination={false}
            scroll={{ x: 'max-content' }}
            dataSource={report.problems}
            columns={[
              { title: t('pub.row'), dataIndex: 'rowNumber' },
              { title: t('pub.column'), dataIndex: 'column' },
              { title: t('pub.problem'), dataIndex: 'message' },
            ]}
          />
        </div>
      )}
      <Form<Values> layout="vertical" onFinish={onFinish}>
        <Form.Item
          label={t('pub.importFile')}
          required
          validateStatus={fileMissing ? 'error' : undefined}
          help={fileMissing ? t('pub.fileRequired') : undefined}
        >
          <Upload
            accept=".xlsx"
            maxCount={1}
            beforeUpload={(f) => {
              setFile(f);
              setFileMissing(false);
              return false;
            }}
            onRemove={() => setFile(null)}
            data-testid="import-file"
          >
            <Button icon={<UploadOutlined />}>{t('pub.importFile')}</Button>
          </Upload>
        </Form.Item>
        <Form.Item
          name="documentNumber"
          label={t('pub.documentNumber')}
          rules={[{ required: true, whitespace: true, message: t('pub.documentNumberRequired') }]}
        >
          <Input
            maxLength={100}
            placeholder={t('pub.documentNumberPlaceholder')}
            data-testid="import-document-number"
          />
        </Form.Item>
        <Form.Item
          name="effectiveDate"
          label={t('pub.effectiveDate')}
          rules={[{ required: true, message: t('pub.effectiveDateRequired') }]}
        >
          <DatePicker style={{ width: '100%' }} data-testid="import-effective-date" />
        </Form.Item>
        <Button type="primary" htmlType="submit" loading={run.isPending} data-testid="import-submit">
          {t('pub.importSubmit')}
        </Button>
      </Form>
    </Card>
  );
}
