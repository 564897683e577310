// Cài đặt › Người sử dụng: the clerk's name written into every history entry, and how many days
// ahead a task counts as due soon. A bad value is named under its input and nothing is saved; a save
// over values saved since in another window is refused (its message beside "Lưu").
import { useEffect, useState } from 'react';
import { useForm } from '@mantine/form';
import { Button, Card, Group, NumberInput, Stack, Text, TextInput, Title } from '@mantine/core';
import { call } from '../../api/client';
import { showApiError } from '../form-rules';
import { notifySuccess } from '../notify';
import type { SettingsValues } from '../../../../shared/api/models';
import { userSettingsRequest, userSettingsRules, userSettingsValues, type UserSettingsValues } from './user-settings-form';

export function UserSettingsCard({ stored }: { stored: SettingsValues }) {
  const form = useForm<UserSettingsValues>({ initialValues: userSettingsValues(stored), validate: userSettingsRules });
  const [failure, setFailure] = useState<string | null>(null);
  // The values the form was opened on (then last saved): a save carries their version.
  const [openedOn, setOpenedOn] = useState<SettingsValues>(stored);
  const { setValues } = form;
  useEffect(() => {
    setValues(userSettingsValues(stored));
    setOpenedOn(stored);
  }, [stored, setValues]);

  const save = async (values: UserSettingsValues) => {
    setFailure(null);
    try {
      const saved = await call('settings.update', userSettingsRequest(values, openedOn));
      setOpenedOn(saved);
      form.setFieldValue('clerkName', saved.clerkName);
      notifySuccess('Đã lưu cài đặt.');
    } catch (err) {
      setFailure(showApiError(form, err));
    }
  };

  return (
    <Card withBorder>
      <Title order={4} mb="sm">
        Người sử dụng
      </Title>
      <Stack>
        <TextInput label="Tên cán bộ" description="Được ghi vào lịch sử mỗi lần thay đổi dữ liệu." {...form.getInputProps('clerkName')} />
        <NumberInput
          label="Số ngày báo sắp đến hạn"
          description="Nhiệm vụ còn trong hạn nhưng đến hạn trong số ngày này sẽ được tô màu."
          min={0}
          max={365}
          allowDecimal={false}
          {...form.getInputProps('dueSoonDays')}
        />
        <Group>
          <Button onClick={() => form.onSubmit(save)()} loading={form.submitting}>
            Lưu
          </Button>
          {failure && <Text c="red">{failure}</Text>}
        </Group>
      </Stack>
    </Card>
  );
}
