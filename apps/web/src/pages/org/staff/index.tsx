import { PlusOutlined } from '@ant-design/icons';
import type { StaffView } from '@pfc/contracts';
import { Alert, App, Button, Card, Flex, Input, Table } from 'antd';
import { useState } from 'react';
import { usePrefs } from '../../../app/prefs';
import { errorMessage } from '../../../app/request';
import { PageHeader } from '../../../components/PageHeader';
import { UnitSelect } from '../../../components/UnitSelect';
import { staffColumns } from './columns';
import { ResetPasswordModal } from './components/ResetPasswordModal';
import { StaffFormDrawer } from './components/StaffFormDrawer';
import { useStaff, useUpdateStaff } from './queries';

/** 工作人员管理: accounts, role grants, disable/enable, unlock, password reset. */
export default function StaffPage() {
  const { t, lang } = usePrefs();
  const { message } = App.useApp();
  const [q, setQ] = useState('');
  const [unitId, setUnitId] = useState<string | undefined>();
  const [page, setPage] = useState(1);
  const [pageSize, setPageSize] = useState(20);
  const [editing, setEditing] = useState<{ staff: StaffView | null } | null>(null);
  const [resetting, setResetting] = useState<StaffView | null>(null);
  const { data, isFetching, error } = useStaff({ q: q || undefined, unitId, page, pageSize });
  const update = useUpdateStaff();

  const patch = (s: StaffView, body: { disabled?: boolean; unlock?: boolean }, done: string) =>
    update.mutate(
      { id: s.id, body },
      { onSuccess: () => void message.success(done), onError: (err) => void message.error(errorMessage(err)) },
    );

  const columns = staffColumns({
    t,
    lang,
    onEdit: (staff) => setEditing({ staff }),
    onToggleDisabled: (s) => patch(s, { disabled: !s.disabled }, s.disabled ? t('staff.enabled') : t('staff.disabledDone')),
    onUnlock: (s) => patch(s, { unlock: true }, t('staff.unlocked')),
    onResetPassword: setResetting,
  });

  return (
    <>
      <PageHeader
        title={t('menu.staff')}
        extra={
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setEditing({ staff: null })} data-testid="staff-create">
            {t('staff.create')}
          </Button>
        }
      />
      <Card>
        <Flex gap={12} wrap style={{ marginBottom: 16 }} role="search">
          <Input.Search
            placeholder={t('staff.searchPlaceholder')}
            aria-label={t('staff.searchPlaceholder')}
            allowClear
            enterButton={t('common.search')}
            onSearch={(v) => {
              setQ(v.trim());
              setPage(1);
            }}
            style={{ width: 300, maxWidth: '100%' }}
          />
          <UnitSelect
            value={unitId}
            onChange={(v) => {
              setUnitId(v);
              setPage(1);
            }}
            allowClear
            placeholder={t('staff.allUnits')}
            style={{ width: 280, maxWidth: '100%' }}
          />
        </Flex>
        {error && <Alert type="error" showIcon title={errorMessage(error)} style={{ marginBottom: 16 }} />}
        <Table<StaffView>
          rowKey="id"
          columns={columns}
          dataSource={data?.items}
          loading={isFetching}
          scroll={{ x: 'max-content' }}
          data-testid="staff-table"
          pagination={{
            current: page,
            pageSize,
            total: data?.total ?? 0,
            showSizeChanger: true,
            showTotal: (total) => t('common.total', { total }),
            onChange: (p, size) => {
              setPage(size === pageSize ? p : 1);
              setPageSize(size);
            },
          }}
        />
      </Card>
      <StaffFormDrawer open={editing !== null} staff={editing?.staff ?? null} onClose={() => setEditing(null)} />
      <ResetPasswordModal staff={resetting} onClose={() => setResetting(null)} />
    </>
  );
}
