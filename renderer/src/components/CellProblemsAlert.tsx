// The bad cells of an imported workbook, each named (sheet, cell, why), shared by the Excel imports:
// nothing is recorded while this list is shown.
import { Alert, List, Text } from '@mantine/core';
import { problemText, type FormProblem } from '../../../shared/excel/statistic-form';

export function CellProblemsAlert({ title, problems }: { title: string; problems: FormProblem[] }) {
  return (
    <Alert color="red" title={title} role="alert">
      <List size="sm">
        {problems.map((p) => (
          <List.Item key={`${p.sheet}|${p.cell}|${p.message}`}>{problemText(p)}</List.Item>
        ))}
      </List>
      <Text size="sm" mt="xs">
        Sửa các ô này trong tệp rồi chọn lại tệp.
      </Text>
    </Alert>
  );
}
