// The files of a received report: those already attached (downloaded again, or removed after a
// second click) and the files chosen to add, copied into the data folder when the report is saved.
import { useState, type ReactNode } from 'react';
import { Button, FileInput, Group, Stack, Text, Title } from '@mantine/core';
import type { AttachmentRow } from '../../../../shared/api/models';
import { ACCEPTED_EXTENSIONS, formatFileSize } from '../../../../shared/domain/attachments';

interface Props {
  /** The report is already recorded: files chosen are added to it. */
  recorded: boolean;
  attachments: AttachmentRow[];
  onDownload: (attachmentId: number) => void;
  /** Removes a file; resolves true when it is gone. */
  onRemove: (attachmentId: number) => Promise<boolean>;
  files: File[];
  onFilesChange: (files: File[]) => void;
  error?: ReactNode;
}

export function ReportAttachments({ recorded, attachments, onDownload, onRemove, files, onFilesChange, error }: Props) {
  const [confirmRemove, setConfirmRemove] = useState<number | null>(null);
  return (
    <>
      <Title order={5} mt="xs">
        Tệp đính kèm
      </Title>
      {attachments.length > 0 && (
        <Stack gap={4}>
          {attachments.map((f) => (
            <Group key={f.id} gap="xs" wrap="nowrap">
              <Text size="sm" style={{ flex: 1 }}>
                {f.fileName} <Text span size="xs" c="dimmed">({formatFileSize(f.size)})</Text>
              </Text>
              <Button size="compact-sm" variant="light" onClick={() => onDownload(f.id)}>
                Tải về
              </Button>
              {confirmRemove === f.id ? (
                <>
                  <Button size="compact-sm" color="red" onClick={() => void onRemove(f.id).then((gone) => gone && setConfirmRemove(null))}>
                    Gỡ tệp này
                  </Button>
                  <Button size="compact-sm" variant="default" onClick={() => setConfirmRemove(null)}>
                    Không
                  </Button>
                </>
              ) : (
                <Button size="compact-sm" variant="subtle" color="red" onClick={() => setConfirmRemove(f.id)}>
                  Gỡ
                </Button>
              )}
            </Group>
          ))}
        </Stack>
      )}
      <FileInput
        label={recorded ? 'Thêm tệp' : 'Chọn tệp'}
        description="PDF, Word, Excel, ảnh scan (JPEG, PNG, TIFF); mỗi tệp tối đa 20 MB. Tệp được chép vào thư mục dữ liệu."
        placeholder="Chưa chọn tệp"
        multiple
        clearable
        accept={ACCEPTED_EXTENSIONS}
        value={files}
        onChange={onFilesChange}
        error={error}
      />
    </>
  );
}
