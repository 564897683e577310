import { Alert, Center, Loader } from '@mantine/core';

export function Loading() {
  return (
    <Center p="xl">
      <Loader aria-label="Đang tải" />
    </Center>
  );
}

export function ErrorAlert({ message }: { message: string }) {
  return (
    <Alert color="red" title="Không thực hiện được" role="alert">
      {message}
    </Alert>
  );
}
