import { Flex, Typography } from 'antd';
import type { ReactNode } from 'react';

/** Page title with its actions; wraps onto two lines on phones. */
export function PageHeader({
  title,
  extra,
  description,
}: {
  title: ReactNode;
  extra?: ReactNode;
  description?: ReactNode;
}) {
  return (
    <Flex justify="space-between" align="flex-start" gap={12} wrap style={{ marginBottom: 16 }}>
      <div style={{ minWidth: 0 }}>
        <Typography.Title level={3} className="pfc-page-title" style={{ marginBottom: description ? 4 : 0 }}>
          {title}
        </Typography.Title>
        {description && <Typography.Text type="secondary">{description}</Typography.Text>}
      </div>
      {extra && (
        <Flex gap={8} wrap>
          {extra}
        </Flex>
      )}
    </Flex>
  );
}
