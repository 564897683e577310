import { Alert, List, Stack } from '@mantine/core';
import { ScreenTitle } from '../components/ScreenTitle';

export function DocumentsScreen() {
  return (
    <Stack>
      <ScreenTitle title="Văn bản" subtitle="Văn bản theo Nghị định 30/2020/NĐ-CP" />
      <Alert color="blue" title="Xuất văn bản Word">
        Nơi đây sẽ lập các văn bản để trình ký, đúng thể thức Nghị định 30/2020/NĐ-CP:
        <List mt="xs">
          <List.Item>Báo cáo kết quả thực hiện kế hoạch 6 tháng, năm;</List.Item>
          <List.Item>Công văn đôn đốc các đơn vị chưa gửi báo cáo;</List.Item>
          <List.Item>Bảng phân công nhiệm vụ (in được khổ A4 ngang);</List.Item>
          <List.Item>Kế hoạch kèm phụ lục phân công nhiệm vụ.</List.Item>
        </List>
      </Alert>
    </Stack>
  );
}
