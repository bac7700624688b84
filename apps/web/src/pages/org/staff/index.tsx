import { PlusOutlined } from '@ant-design/icons';
import type { StaffView } from '@pfc/contracts';
import { App, Button, Card, Flex, Input } from 'antd';
import { useState } from 'react';
import { usePrefs } from '../../../app/prefs';
import { errorMessage } from '../../../app/request';
import { PageHeader } from '../../../components/PageHeader';
import { PagedTable, usePaging } from '../../../components/PagedTable';
import { UnitSelect } from '../../../components/UnitSelect';
import { staffColumns } from './columns';
import { ResetPasswordModal } from './components/ResetPasswordModal';
import { StaffFormDrawer } from './components/StaffFormDrawer';
import { useResetSecondFactor, useStaff, useUpdateStaff } from './queries';
import { useSession } from '../../../app/session';

/** 工作人员管理: accounts, role grants, disable/enable, unlock, password and second-factor reset. */
export default function StaffPage() {
  const { t, lang } = usePrefs();
  const { message } = App.useApp();
  const paging = usePaging();
  const [q, setQ] = useState('');
  const [unitId, setUnitId] = useState<string | undefined>();
  const [editing, setEditing] = useState<{ staff: StaffView | null } | null>(null);
  const [resetting, setResetting] = useState<StaffView | null>(null);
  const list = useStaff({ q: q || undefined, unitId, page: paging.page, pageSize: paging.pageSize });
  const update = useUpdateStaff();
  const resetSecondFactor = useResetSecondFactor();
  const { session } = useSession();

  const patch = (s: StaffView, body: { disabled?: boolean; unlock?: boolean }, done: string) =>
    update.mutate(
      { id: s.id, body },
      { onSuccess: () => void message.success(done), onError: (err) => void message.error(errorMessage(err)) },
    );

  const columns = staffColumns({
    t,
    lang,
    onEdit: (staff) => setEditing({ staff }),
    onToggleDisabled: (s) =>
      patch(s, { disabled: !s.disabled }, s.disabled ? t('staff.enabled') : t('staff.disabledDone')),
    onUnlock: (s) => patch(s, { unlock: true }, t('staff.unlocked')),
    onResetPassword: setResetting,
    onResetSecondFactor: (s) =>
      resetSecondFactor.mutate(s.id, {
        onSuccess: () => void message.success(t('mfa.resetDone', { name: s.displayName })),
        onError: (err) => void message.error(errorMessage(err)),
      }),
    selfId: session?.user.id,
  });

  return (
    <>
      <PageHeader
        title={t('menu.staff')}
        extra={
          <Button
            type="primary"
            icon={<PlusOutlined />}
            onClick={() => setEditing({ staff: null })}
            data-testid="staff-create"
          >
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
            onSearch={paging.onFilter((v: string) => setQ(v.trim()))}
            style={{ width: 300, maxWidth: '100%' }}
          />
          <UnitSelect
            value={unitId}
            onChange={paging.onFilter(setUnitId)}
            allowClear
            placeholder={t('staff.allUnits')}
            style={{ width: 280, maxWidth: '100%' }}
          />
        </Flex>
        <PagedTable<StaffView> list={list} paging={paging} columns={columns} data-testid="staff-table" />
      </Card>
      <StaffFormDrawer open={editing !== null} staff={editing?.staff ?? null} onClose={() => setEditing(null)} />
      <ResetPasswordModal staff={resetting} onClose={() => setResetting(null)} />
    </>
  );
}
