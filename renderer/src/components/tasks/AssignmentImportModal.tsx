// "Nhập bảng phân công từ Excel…": an assignment table (.xlsx, columns found by their header names)
// added to the plan. The file is read at once (assignments.preview): every bad cell is named and
// nothing can be added while one is listed; otherwise the rows to add are shown with their agencies
// and deadlines, the rows the plan has already set apart, and the new agencies and groups named.
// "Thêm vào kế hoạch" adds them all in one step (assignments.import).
import { Alert, Badge, FileInput, Group, List, Modal, Stack, Table, Text } from '@mantine/core';
import type { AssignmentImportResult } from '../../../../shared/api/assignments-contract';
import { formatDateVi } from '../../../../shared/dates/vietnamese-dates';
import { call } from '../../api/client';
import { useExcelUpload } from '../../hooks/useExcelUpload';
import { ErrorAlert } from '../status';
import { CellProblemsAlert } from '../CellProblemsAlert';
import { FormButtons } from '../FormButtons';

interface Props {
  opened: boolean;
  planId: number;
  onClose: () => void;
  onImported: (result: AssignmentImportResult) => void;
}

export function AssignmentImportModal({ opened, onClose, ...rest }: Props) {
  return (
    <Modal opened={opened} onClose={onClose} title="Nhập bảng phân công từ Excel" size="90%">
      {opened && <ImportFlow onClose={onClose} {...rest} />}
    </Modal>
  );
}

function ImportFlow({ planId, onClose, onImported }: Omit<Props, 'opened'>) {
  const { file, upload, preview, busy, error, choose, submit } = useExcelUpload(
    (read) => call('assignments.preview', { planId, ...read }),
    'bảng tính Excel',
  );
  const add = () => submit(async (read) => onImported(await call('assignments.import', { planId, ...read })));

  const toAdd = preview?.rows.filter((r) => !r.existing) ?? [];
  const repeated = preview?.rows.filter((r) => r.existing) ?? [];
  const ok = !!upload && !!preview && preview.problems.length === 0 && toAdd.length > 0;
  const names = (codes: string[]) => codes.map((c) => preview?.names[c] ?? c).join('; ');
  const groupTitle = (code: string) => preview?.newGroups.find((g) => g.code === code)?.title;

  return (
    <Stack gap="md">
      <Text size="sm">
        Bảng phân công là một trang Excel có dòng tiêu đề gồm cột “Nội dung” (hoặc “Nhiệm vụ”), “Chủ trì” và nếu có “Phối hợp”, “Thời hạn”,
        “Sản phẩm”; dòng chỉ có số La Mã và tên là một nhóm nhiệm vụ. Chưa thêm gì cho đến khi bấm “Thêm vào kế hoạch”.
      </Text>
      <FileInput
        label="Bảng phân công (.xlsx)"
        placeholder="Chọn tệp Excel…"
        accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
        value={file}
        onChange={(f) => void choose(f)}
        disabled={busy}
        clearable
      />
      {busy && !preview && <Text size="sm">Đang đọc bảng phân công…</Text>}
      {error && <ErrorAlert message={error} />}
      {preview && preview.problems.length > 0 && (
        <CellProblemsAlert title="Bảng phân công có ô chưa đúng: chưa thêm nhiệm vụ nào" problems={preview.problems} />
      )}
      {preview && preview.problems.length === 0 && (
        <>
          <Group gap="xs">
            <Badge variant="light" tt="none" size="lg">
              Nhiệm vụ sẽ thêm: {toAdd.length}
            </Badge>
            <Badge variant="light" color="gray" tt="none" size="lg">
              Dòng đã có trong kế hoạch: {repeated.length}
            </Badge>
            {preview.newGroups.map((g) => (
              <Badge key={g.code} variant="light" color="teal" tt="none" size="lg">
                Nhóm mới {g.code}: {g.title}
              </Badge>
            ))}
          </Group>
          {preview.newAgencies.length > 0 && (
            <Alert color="orange" title="Cơ quan chưa có trong ứng dụng: sẽ được tạo mới">
              <List size="sm">
                {preview.newAgencies.map((a) => (
                  <List.Item key={a.code}>
                    {a.name} (ô {a.cells.join(', ')}); nếu đây là một cơ quan đã có, hãy sửa tên trong tệp cho đúng rồi chọn lại tệp.
                  </List.Item>
                ))}
              </List>
            </Alert>
          )}
          {preview.joining.length > 0 && (
            <Text size="sm">Tham gia kế hoạch cùng các nhiệm vụ: {preview.joining.map((a) => a.name).join('; ')}.</Text>
          )}
          <Table withTableBorder verticalSpacing="xs" aria-label="Nhiệm vụ sẽ thêm">
            <Table.Thead>
              <Table.Tr>
                <Table.Th w={70}>Dòng</Table.Th>
                <Table.Th w={90}>Mã</Table.Th>
                <Table.Th>Nội dung</Table.Th>
                <Table.Th w={200}>Chủ trì</Table.Th>
                <Table.Th w={220}>Phối hợp</Table.Th>
                <Table.Th w={130}>Thời hạn</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {preview.rows.map((r) => (
                <Table.Tr key={`${r.sheet}|${r.row}`} data-row={r.row} c={r.existing ? 'dimmed' : undefined}>
                  <Table.Td>{r.row}</Table.Td>
                  <Table.Td>{r.code}</Table.Td>
                  <Table.Td className="cell-wrap">
                    {r.content}
                    {r.existing ? (
                      <Text size="xs" c="orange.8">
                        Giống nhiệm vụ {r.existing} đã có: không thêm.
                      </Text>
                    ) : groupTitle(r.group) ? (
                      <Text size="xs" c="dimmed">
                        Nhóm mới {r.group}
                      </Text>
                    ) : null}
                  </Table.Td>
                  <Table.Td className="cell-wrap">{names(r.lead)}</Table.Td>
                  <Table.Td className="cell-wrap">{names(r.support)}</Table.Td>
                  <Table.Td>{r.deadline ? formatDateVi(r.deadline) : (r.deadlineText ?? 'Thường xuyên')}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </>
      )}
      <FormButtons
        placement="end"
        submitLabel="Thêm vào kế hoạch"
        onSubmit={() => void add()}
        disabled={!ok}
        loading={busy && !!preview}
        onCancel={onClose}
        cancelDisabled={busy}
      />
    </Stack>
  );
}
