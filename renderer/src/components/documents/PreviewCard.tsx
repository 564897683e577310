// The summary shown before saving: what the document will hold, as the API will build it.
import { useState } from 'react';
import { Alert, Anchor, Button, Card, Group, List, Stack, Table, Text, Title } from '@mantine/core';
import type { DocumentPreview, FigureCheckView } from '../../../../shared/api/documents-models';
import { formatDateVi } from '../../../../shared/dates/vietnamese-dates';
import { documentSettingsLink } from '../../app/routes';

/**
 * Report totals that contradict each other: each one accepted by the clerk says who accepted it and
 * when; the others can be accepted here (recorded in the history), after checking the reports.
 */
function FigureChecks({ checks, onAccept }: { checks: FigureCheckView[]; onAccept?: (rule: string) => Promise<void> }) {
  const [busy, setBusy] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  return (
    <Alert color="orange" title="Số liệu chưa khớp" role="region" aria-label="Số liệu chưa khớp">
      <Stack gap={6}>
        {checks.map((c) => (
          <Group key={c.rule} justify="space-between" wrap="nowrap" gap="sm">
            <Text size="sm">
              {c.text.charAt(0).toLocaleUpperCase('vi') + c.text.slice(1)}.
              {c.accepted && (
                <Text span size="sm" c="dimmed">
                  {' '}
                  Đã chấp nhận: {c.accepted.by}, ngày {formatDateVi(c.accepted.on)}.
                </Text>
              )}
              {!c.accepted && ' Hãy kiểm tra lại báo cáo của các cơ quan, đơn vị trước khi trình ký.'}
            </Text>
            {!c.accepted && onAccept && (
              <Button
                size="xs"
                variant="light"
                color="orange"
                loading={busy === c.rule}
                style={{ flexShrink: 0 }}
                onClick={() => {
                  setBusy(c.rule);
                  setError(null);
                  onAccept(c.rule).then(
                    () => setBusy(null),
                    (err: Error) => {
                      setBusy(null);
                      setError(err.message);
                    },
                  );
                }}
              >
                Chấp nhận số liệu
              </Button>
            )}
          </Group>
        ))}
        {error && (
          <Text size="sm" c="red" role="alert">
            {error}
          </Text>
        )}
      </Stack>
    </Alert>
  );
}

export function PreviewCard({ preview, onAccept }: { preview: DocumentPreview; onAccept?: (rule: string) => Promise<void> }) {
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
        {preview.figureChecks.length > 0 && <FigureChecks checks={preview.figureChecks} onAccept={onAccept} />}
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
              <Anchor href={documentSettingsLink(preview.problem.field)}>Mở Cài đặt</Anchor>
            )}
          </Alert>
        )}
      </Stack>
    </Card>
  );
}
