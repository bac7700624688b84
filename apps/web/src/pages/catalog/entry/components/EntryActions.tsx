import { RollbackOutlined, SaveOutlined, SendOutlined } from '@ant-design/icons';
import type { RuleFinding } from '@pfc/contracts';
import { Button, Flex, Popconfirm, Tag } from 'antd';
import { useT } from '../../../../app/prefs';
import { FindingsBadge } from '../../shared/FindingsBadge';

/** 保存 / 提交审核 / 撤回, kept at the bottom of the screen while the officer edits. */
export function EntryActions({
  isNew,
  dirty,
  findings,
  saving,
  stepping,
  onSave,
  onSubmit,
  onWithdraw,
}: {
  isNew: boolean;
  dirty: boolean;
  findings: readonly RuleFinding[];
  saving: boolean;
  stepping: boolean;
  onSave: () => void;
  onSubmit: () => void;
  onWithdraw: () => void;
}) {
  const t = useT();
  const busy = saving || stepping;
  return (
    <div className="pfc-action-bar" data-testid="entry-actions">
      <Flex gap={8} wrap align="center" justify="space-between">
        <Flex gap={8} align="center" wrap>
          <Button
            type="text"
            size="small"
            onClick={() =>
              document.getElementById('entry-rule-check')?.scrollIntoView({ behavior: 'smooth', block: 'start' })
            }
            aria-label={t('catalog.check.show')}
            style={{ paddingInline: 2 }}
          >
            <FindingsBadge findings={findings} />
          </Button>
          {dirty && !isNew && (
            <Tag color="gold" data-testid="entry-dirty">
              {t('catalog.entry.unsaved')}
            </Tag>
          )}
        </Flex>
        <Flex gap={8} wrap>
          {!isNew && (
            <Popconfirm
              title={t('catalog.entry.withdrawConfirm')}
              okText={t('catalog.entry.withdraw')}
              cancelText={t('common.cancel')}
              okButtonProps={{ danger: true }}
              onConfirm={onWithdraw}
            >
              <Button icon={<RollbackOutlined />} disabled={busy} data-testid="entry-withdraw">
                {t('catalog.entry.withdraw')}
              </Button>
            </Popconfirm>
          )}
          <Button
            icon={<SaveOutlined />}
            onClick={onSave}
            loading={saving && !stepping}
            disabled={busy && !saving}
            data-testid="entry-save"
          >
            {t('common.save')}
          </Button>
          <Button
            type="primary"
            icon={<SendOutlined />}
            onClick={onSubmit}
            loading={stepping}
            disabled={busy && !stepping}
            data-testid="entry-submit"
          >
            {t('catalog.entry.submit')}
          </Button>
        </Flex>
      </Flex>
    </div>
  );
}
