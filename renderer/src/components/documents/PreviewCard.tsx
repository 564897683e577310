// The summary shown before saving: what the document will hold, as the API will build it.
import { Alert, Anchor, Card, List, Stack, Table, Text, Title } from '@mantine/core';
import type { DocumentPreview } from '../../../../shared/api/documents-models';

export function PreviewCard({ preview }: { preview: DocumentPreview }) {
  const rows: [string, React.ReactNode][] = [
    ['Tên tệp', <Text key="f" ff="monospace" size="sm">{preview.fileName}</Text>],
    ['Cơ quan ban hành', preview.issuer],
    ...(preview.numberLine ? [['Số', preview.numberLine] as [string, string]] : []),
    ...(preview.dateLine ? [['Địa danh, ngày', preview.dateLine] as [string, string]] : []),
    ...(preview.signer ? [['Người ký', preview.signer] as [string, string]] : []),
    ...preview.facts.map((f) => [f.label, f.value] as [string, string]),
  ];
  return (
    <Card withBorder aria-label="Xem trước văn bản" component="section">
      <Title order={4}>Xem trước</Title>
      <Text fw={700} mt={4}>
        {preview.title}
      </Text>
      <Table mt="sm" withRowBorders={false} verticalSpacing={4}>
        <Table.Tbody>
          {rows.map(([label, value]) => (
            <Table.Tr key={label}>
              <Table.Td w={200} c="dimmed">
                {label}
              </Table.Td>
              {/* Blanks left for the văn thư ("Số:         /BC-…") are shown as they will print. */}
              <Table.Td style={{ whiteSpace: 'pre-wrap' }}>{value}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      <Stack gap="xs" mt="sm">
        {preview.addressees.length > 0 && (
          <div>
            <Text size="sm" fw={600}>
              Kính gửi ({preview.addressees.length}):
            </Text>
            <List size="sm" aria-label="Kính gửi">
              {preview.addressees.map((a) => (
                <List.Item key={a}>{a}</List.Item>
              ))}
            </List>
          </div>
        )}
        {preview.recipients.length > 0 && (
          <div>
            <Text size="sm" fw={600} fs="italic">
              Nơi nhận:
            </Text>
            {preview.recipients.map((r) => (
              <Text size="sm" key={r}>
                {r}
              </Text>
            ))}
          </div>
        )}
        {preview.warnings.length > 0 && (
          <Alert color="yellow" title="Lưu ý trước khi trình ký" role="note">
            <List size="sm">
              {preview.warnings.map((w) => (
                <List.Item key={w}>{w}</List.Item>
              ))}
            </List>
          </Alert>
        )}
        {preview.problem && (
          <Alert color="red" title="Chưa xuất được" role="alert">
            {preview.problem.message}{' '}
            {/settings|Standing|standing|planIssuer|Symbol/.test(preview.problem.field ?? '') && (
              <Anchor href="#/cai-dat">Mở Cài đặt</Anchor>
            )}
          </Alert>
        )}
      </Stack>
    </Card>
  );
}
