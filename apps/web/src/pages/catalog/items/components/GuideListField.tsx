import { PlusOutlined } from '@ant-design/icons';
import { Button, Flex, Form, Input, Typography } from 'antd';
import { useT } from '../../../../app/prefs';
import { ListItemControls } from '../../../../components/ListItemControls';

/**
 * An ordered list of short texts in the service guide (申请材料, 办理流程): one input per line,
 * with 上移 / 下移 / 删除 and 添加.
 */
export function GuideListField({
  name,
  label,
  addLabel,
  itemLabel,
  max,
  readOnly,
  testId,
}: {
  name: 'materials' | 'steps';
  label: string;
  addLabel: string;
  itemLabel: (n: number) => string;
  max: number;
  readOnly: boolean;
  testId: string;
}) {
  const t = useT();
  return (
    <Form.Item label={label} required={false}>
      <Form.List name={['guide', name]}>
        {(fields, { add, remove, move }) => (
          <Flex vertical gap={8} data-testid={testId}>
            {fields.length === 0 && <Typography.Text type="secondary">{t('catalog.items.listEmpty')}</Typography.Text>}
            {fields.map((field, index) => (
              <Flex key={field.key} gap={8} align="flex-start">
                <Typography.Text type="secondary" style={{ minWidth: 24, lineHeight: '32px' }}>
                  {index + 1}.
                </Typography.Text>
                <Form.Item
                  name={field.name}
                  style={{ flex: 1, marginBottom: 0, minWidth: 0 }}
                  rules={[{ required: true, whitespace: true, message: t('catalog.items.lineRequired') }, { max: 200 }]}
                >
                  <Input maxLength={200} aria-label={itemLabel(index + 1)} data-testid={`${testId}-${index}`} />
                </Form.Item>
                {!readOnly && (
                  <div style={{ paddingTop: 4 }}>
                    <ListItemControls
                      index={index}
                      count={fields.length}
                      move={move}
                      remove={remove}
                      label={itemLabel(index + 1)}
                    />
                  </div>
                )}
              </Flex>
            ))}
            {!readOnly && (
              <Button
                type="dashed"
                icon={<PlusOutlined />}
                onClick={() => add('')}
                disabled={fields.length >= max}
                data-testid={`${testId}-add`}
              >
                {addLabel}
              </Button>
            )}
          </Flex>
        )}
      </Form.List>
    </Form.Item>
  );
}
