// The first step of "Nhập kế hoạch từ tệp Word…": choose the plan's .docx, or paste its text.
import { Button, FileInput, Group, Stack, Text, Textarea } from '@mantine/core';
import { ErrorAlert } from '../../status';
import type { useFormErrors } from '../../form-errors';

interface Props {
  file: File | null;
  setFile: (f: File | null) => void;
  text: string;
  setText: (t: string) => void;
  busy: boolean;
  errors: ReturnType<typeof useFormErrors>['errors'];
  onRead: () => void;
  onCancel: () => void;
}

export function ImportChooser({ file, setFile, text, setText, busy, errors, onRead, onCancel }: Props) {
  return (
    <Stack maw={760}>
      <Text size="sm">
        Chọn tệp Word (.docx) của kế hoạch, hoặc dán toàn bộ nội dung kế hoạch. Ứng dụng đọc các mục, nhiệm vụ, chỉ tiêu, cơ quan chủ
        trì, phối hợp, thời hạn và chế độ báo cáo để văn thư rà soát; chưa lưu gì cho đến khi bấm "Tạo kế hoạch".
      </Text>
      <FileInput
        label="Tệp Word của kế hoạch (.docx, đến 10 MB)"
        placeholder="Chọn tệp…"
        accept=".docx,.doc,application/vnd.openxmlformats-officedocument.wordprocessingml.document"
        value={file}
        onChange={(f) => setFile(f)}
        clearable
        error={errors.fields.contentBase64}
      />
      <Textarea
        label="Hoặc dán nội dung kế hoạch"
        autosize
        minRows={4}
        maxRows={10}
        value={text}
        onChange={(e) => setText(e.currentTarget.value)}
        disabled={file !== null}
        error={errors.fields.text}
      />
      {errors.form && <ErrorAlert message={errors.form} />}
      <Group>
        <Button onClick={onRead} loading={busy} disabled={!file && text.trim() === ''}>
          Đọc kế hoạch
        </Button>
        <Button variant="default" onClick={onCancel}>
          Hủy
        </Button>
      </Group>
    </Stack>
  );
}
