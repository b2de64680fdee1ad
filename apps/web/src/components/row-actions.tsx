import type { ReactNode } from 'react';
import { Button, type TableColumnsType } from 'antd';
import { PlusOutlined } from '@ant-design/icons';

interface RowActionProps {
  icon?: ReactNode;
  label: string;
  /** What the row is called; appended to the accessible name so each row's buttons are distinct. */
  target: string;
  onClick: () => void;
}

/** A link button acting on one table row, e.g. "编辑 张三". */
export function RowAction({ icon, label, target, onClick }: RowActionProps) {
  return (
    <Button type="link" icon={icon} aria-label={`${label} ${target}`} onClick={onClick}>
      {label}
    </Button>
  );
}

/** The primary "add a record" button above a table. */
export function CreateButton({ label, onClick }: { label: string; onClick: () => void }) {
  return (
    <Button type="primary" icon={<PlusOutlined aria-hidden />} onClick={onClick}>
      {label}
    </Button>
  );
}

/** The trailing actions column, present only for users allowed to change the rows. */
export function actionsColumn<Row>(shown: boolean, title: string, render: (row: Row) => ReactNode): TableColumnsType<Row> {
  return shown ? [{ key: 'actions', title, render: (_: unknown, row: Row) => render(row) }] : [];
}
