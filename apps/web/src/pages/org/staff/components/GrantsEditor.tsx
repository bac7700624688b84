import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { type GrantInput, ROLE_NAMES, type Role, type StaffView } from '@pfc/contracts';
import { Button, Card, Flex, Form, Radio, Select } from 'antd';
import { roleLabel } from '../../../../app/labels';
import { usePrefs } from '../../../../app/prefs';
import { RegionSelect } from '../../../../components/RegionSelect';
import { UnitSelect } from '../../../../components/UnitSelect';

/** One row of the grants editor: a role scoped to a unit, a region (and below), or the whole platform. */
export interface GrantRow {
  role?: Role;
  scope: 'unit' | 'region' | 'platform';
  unitId?: string;
  regionCode?: string;
}

export function grantRowsOf(grants: StaffView['grants']): GrantRow[] {
  return grants.map((g) => ({
    role: g.role,
    scope: g.unitId ? 'unit' : g.regionCode ? 'region' : 'platform',
    unitId: g.unitId ?? undefined,
    regionCode: g.regionCode ?? undefined,
  }));
}

export function grantInputsOf(rows: GrantRow[]): GrantInput[] {
  return rows.map((r) => ({
    role: r.role as Role,
    unitId: r.scope === 'unit' ? (r.unitId ?? null) : null,
    regionCode: r.scope === 'region' ? (r.regionCode ?? null) : null,
  }));
}

/** Form.List of grants; lives inside the staff form under the field name "grants". */
export function GrantsEditor({
  known,
  allowPlatform,
}: {
  known: Array<{ id: string; name: string }>;
  allowPlatform: boolean;
}) {
  const { t, lang } = usePrefs();
  return (
    <Form.List
      name="grants"
      rules={[
        {
          validator: async (_, rows: GrantRow[] | undefined) =>
            rows && rows.length > 0 ? undefined : Promise.reject(new Error(t('staff.grantsRequired'))),
        },
      ]}
    >
      {(fields, { add, remove }, { errors }) => (
        <Flex vertical gap={12} data-testid="grants-editor">
          {fields.map((field, index) => (
            <Card
              size="small"
              key={field.key}
              title={t('staff.grantN', { n: index + 1 })}
              extra={
                <Button
                  size="small"
                  type="text"
                  danger
                  icon={<DeleteOutlined />}
                  onClick={() => remove(field.name)}
                  aria-label={t('staff.removeGrant', { n: index + 1 })}
                >
                  {t('common.delete')}
                </Button>
              }
            >
              <Form.Item
                label={t('staff.role')}
                name={[field.name, 'role']}
                rules={[{ required: true, message: t('staff.roleRequired') }]}
              >
                <Select
                  options={ROLE_NAMES.map((r) => ({ value: r, label: roleLabel(r, lang) }))}
                  popupMatchSelectWidth={false}
                />
              </Form.Item>
              <Form.Item label={t('staff.scope')} name={[field.name, 'scope']} rules={[{ required: true }]}>
                <Radio.Group
                  options={[
                    { value: 'unit', label: t('staff.scopeUnit') },
                    { value: 'region', label: t('staff.scopeRegion') },
                    ...(allowPlatform ? [{ value: 'platform', label: t('staff.scopePlatform') }] : []),
                  ]}
                />
              </Form.Item>
              <Form.Item noStyle dependencies={[['grants', field.name, 'scope']]}>
                {({ getFieldValue }) => {
                  const scope = getFieldValue(['grants', field.name, 'scope']) as GrantRow['scope'];
                  if (scope === 'unit')
                    return (
                      <Form.Item
                        label={t('staff.grantUnit')}
                        name={[field.name, 'unitId']}
                        rules={[{ required: true, message: t('common.unitRequired') }]}
                      >
                        <UnitSelect known={known} />
                      </Form.Item>
                    );
                  if (scope === 'region')
                    return (
                      <Form.Item
                        label={t('common.region')}
                        name={[field.name, 'regionCode']}
                        rules={[{ required: true, message: t('common.regionRequired') }]}
                      >
                        <RegionSelect />
                      </Form.Item>
                    );
                  return null;
                }}
              </Form.Item>
            </Card>
          ))}
          <Form.ErrorList errors={errors} />
          <Button
            type="dashed"
            icon={<PlusOutlined />}
            onClick={() => add({ scope: 'unit' } satisfies GrantRow)}
            disabled={fields.length >= 20}
          >
            {t('staff.addGrant')}
          </Button>
        </Flex>
      )}
    </Form.List>
  );
}
