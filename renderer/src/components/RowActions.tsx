// The "Sửa" and "Xóa" buttons at the end of a table row. `name` finishes their aria-labels
// ("Sửa chỉ tiêu CT1", "Xóa chỉ tiêu CT1"), so that a screen reader, and a test, tells the rows apart.
import { Button, Group } from '@mantine/core';

export function RowActions({
  name,
  onEdit,
  onDelete,
  className,
}: {
  name: string;
  onEdit: () => void;
  /** Without it, only "Sửa" is shown. */
  onDelete?: () => void;
  className?: string;
}) {
  const edit = (
    <Button size="compact-sm" variant="subtle" onClick={onEdit} aria-label={`Sửa ${name}`}>
      Sửa
    </Button>
  );
  if (!onDelete) return edit;
  return (
    <Group gap={2} wrap="nowrap" className={className}>
      {edit}
      <Button size="compact-sm" variant="subtle" color="red" onClick={onDelete} aria-label={`Xóa ${name}`}>
        Xóa
      </Button>
    </Group>
  );
}
