import { PhoneOutlined } from '@ant-design/icons';
import { Alert, Button, Modal, Typography } from 'antd';
import { Link } from 'react-router-dom';
import { useT } from '../../../../app/prefs';

/**
 * "仍被要求提供此证明？" Until the complaints service exists this only tells people where to turn;
 * it says plainly that nothing is recorded here.
 */
export function ReportModal({ open, onClose, regionCode }: { open: boolean; onClose: () => void; regionCode: string }) {
  const t = useT();
  return (
    <Modal
      open={open}
      onCancel={onClose}
      title={t('proof.reportTitle')}
      footer={
        <Button type="primary" onClick={onClose}>
          {t('common.close')}
        </Button>
      }
      data-testid="report-modal"
    >
      <Typography.Paragraph>{t('proof.reportIntro')}</Typography.Paragraph>
      <Alert
        type="warning"
        showIcon
        title={t('proof.reportNotYet')}
        style={{ marginBottom: 16 }}
        data-testid="report-not-yet"
      />
      <Typography.Paragraph style={{ marginBottom: 4 }}>{t('proof.reportMeanwhile')}</Typography.Paragraph>
      <ul style={{ paddingInlineStart: 20, marginTop: 0 }}>
        <li>
          <PhoneOutlined /> <a href="tel:12345">{t('proof.reportHotline')}</a>
        </li>
        <li>
          {t('proof.reportConsultation')}{' '}
          <Link to={`/consultation/${regionCode}`} onClick={onClose}>
            {t('proof.reportToConsultation')}
          </Link>
        </li>
      </ul>
    </Modal>
  );
}
