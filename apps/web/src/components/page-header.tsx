import type { ReactNode } from 'react';
import { Flex, Typography } from 'antd';

/** The page's single <h1> plus its main actions. */
export function PageHeader({ title, extra }: { title: string; extra?: ReactNode }) {
  return (
    <Flex className="page-header" align="center" justify="space-between" wrap gap={12}>
      <Typography.Title level={1} className="page-title">
        {title}
      </Typography.Title>
      {extra ? (
        <Flex gap={8} wrap>
          {extra}
        </Flex>
      ) : null}
    </Flex>
  );
}
