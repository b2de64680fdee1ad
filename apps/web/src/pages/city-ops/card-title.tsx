import type { ReactNode } from 'react';
import { Typography } from 'antd';

/** A card's heading, one level below the page's <h1>. */
export function CardTitle({ children }: { children: ReactNode }) {
  return (
    <Typography.Title level={2} className="card-title">
      {children}
    </Typography.Title>
  );
}
