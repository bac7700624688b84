import { GlobalOutlined } from '@ant-design/icons';
import { Button, Flex, Switch, Typography } from 'antd';
import { useId } from 'react';
import { usePrefs } from '../prefs';

/** Language switch and 大字模式, shared by the public pages and the signed-in layout. */
export function HeaderTools({ compact = false }: { compact?: boolean }) {
  const { lang, setLang, largeText, setLargeText, t } = usePrefs();
  const largeId = useId();
  return (
    <Flex align="center" gap={compact ? 8 : 16} wrap={false}>
      <Flex align="center" gap={6}>
        <Switch id={largeId} size="small" checked={largeText} onChange={setLargeText} data-testid="large-text-switch" />
        <Typography.Text style={{ color: 'inherit', whiteSpace: 'nowrap' }}>
          <label htmlFor={largeId}>{compact ? t('prefs.largeTextShort') : t('prefs.largeText')}</label>
        </Typography.Text>
      </Flex>
      <Button
        type="text"
        icon={<GlobalOutlined />}
        onClick={() => setLang(lang === 'en' ? 'zh-CN' : 'en')}
        lang={lang === 'en' ? 'zh-CN' : 'en'}
        aria-label={t('prefs.switchLanguage')}
        data-testid="lang-switch"
        style={{ color: 'inherit' }}
      >
        {lang === 'en' ? '中文' : compact ? 'EN' : 'English'}
      </Button>
    </Flex>
  );
}
