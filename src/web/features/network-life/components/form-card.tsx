// The frame every form of the network's life shares: a bordered card with the form, its title and its fields stacked. The
// browser's own validation is off (noValidate): the form shows its errors from the contract, in words, in the summary.
import { Paper, Stack, Title } from '@mantine/core';
import type { ReactNode } from 'react';

export function FormCard({
  title,
  onSubmit,
  children,
}: {
  title: ReactNode;
  onSubmit: () => void;
  children: ReactNode;
}) {
  return (
    <Paper withBorder p="md" radius="md">
      <form
        onSubmit={(e) => {
          e.preventDefault();
          onSubmit();
        }}
        noValidate
      >
        <Stack gap="sm">
          <Title order={3} size="h4">
            {title}
          </Title>
          {children}
        </Stack>
      </form>
    </Paper>
  );
}
