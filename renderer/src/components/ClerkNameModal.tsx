// At first start (no clerk's name stored yet) the app asks it once: every history entry names who
// made the change. Changed later in Cài đặt › Người sử dụng.
import { Button, Group, Modal, Stack, Text, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { call } from '../api/client';
import { showApiError } from './form-rules';
import { notifySuccess } from './notify';
import { clerkNameRequest, clerkNameRule } from './settings/user-settings-form';

export function ClerkNameModal({ opened, onSaved }: { opened: boolean; onSaved: (name: string) => void }) {
  const form = useForm({ initialValues: { clerkName: '' }, validate: { clerkName: clerkNameRule } });

  const save = async (values: { clerkName: string }) => {
    try {
      const saved = await call('settings.update', clerkNameRequest(values));
      onSaved(saved.clerkName);
      notifySuccess(`Đã lưu tên cán bộ: ${saved.clerkName}.`);
    } catch (err) {
      // Nothing but the name is asked: a message of no field is shown under it too.
      const other = showApiError(form, err);
      if (other) form.setFieldError('clerkName', other);
    }
  };

  return (
    <Modal
      opened={opened}
      onClose={() => undefined}
      withCloseButton={false}
      closeOnClickOutside={false}
      closeOnEscape={false}
      title="Tên cán bộ sử dụng phần mềm"
      centered
    >
      <form onSubmit={form.onSubmit(save)}>
        <Stack>
          <Text size="sm">
            Mỗi lần thêm, sửa hay xóa dữ liệu, lịch sử ghi tên người thực hiện. Nhập họ và tên của anh/chị một lần; có thể đổi lại ở
            Cài đặt › Người sử dụng.
          </Text>
          <TextInput
            label="Họ và tên cán bộ"
            placeholder="Ví dụ: Nguyễn Thị Lan"
            data-autofocus
            {...form.getInputProps('clerkName')}
          />
          <Group justify="flex-end">
            <Button type="submit" loading={form.submitting}>
              Lưu tên
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
