// The first step of "Nhập kế hoạch từ tệp Word…": choose the plan's .docx, or paste its text, and read
// it. A file the API refuses (an old .doc, not a Word file) is named under the file input.
import { useState } from 'react';
import { useForm } from '@mantine/form';
import { FileInput, Stack, Text, Textarea } from '@mantine/core';
import type { PlanImportPreview } from '../../../../../shared/api/plan-import-contract';
import { call } from '../../../api/client';
import { showApiError } from '../../form-rules';
import { ErrorAlert } from '../../status';
import { CHOOSE_ALIASES, fileRule, hasSomethingToRead, initialChooseValues, previewRequest, type ChooseValues } from './import-form';
import { FormButtons } from '../../FormButtons';

interface Props {
  onRead: (preview: PlanImportPreview) => void;
  onCancel: () => void;
}

export function ImportChooser({ onRead, onCancel }: Props) {
  const form = useForm<ChooseValues>({ initialValues: initialChooseValues, validate: { file: fileRule } });
  const [failure, setFailure] = useState<string | null>(null);

  const read = async (values: ChooseValues) => {
    setFailure(null);
    try {
      const bytes = values.file ? new Uint8Array(await values.file.arrayBuffer()) : null;
      onRead(await call('plans.importPreview', previewRequest(values, bytes)));
    } catch (err) {
      setFailure(showApiError(form, err, CHOOSE_ALIASES));
    }
  };

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
        clearable
        {...form.getInputProps('file')}
      />
      <Textarea
        label="Hoặc dán nội dung kế hoạch"
        autosize
        minRows={4}
        maxRows={10}
        disabled={form.values.file !== null}
        {...form.getInputProps('text')}
      />
      {failure && <ErrorAlert message={failure} />}
      <FormButtons
        submitLabel="Đọc kế hoạch"
        onSubmit={() => form.onSubmit(read)()}
        loading={form.submitting}
        disabled={!hasSomethingToRead(form.values)}
        onCancel={onCancel}
      />
    </Stack>
  );
}
