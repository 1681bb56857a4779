// The frame every form of the network's life shares: a bordered card with the form, its title, its fields stacked and its
// buttons below them (save, and cancel where the form can be left). The browser's own validation is off (noValidate): the
// form shows its errors from the contract, in words, in the summary.
import { Button, Group, Paper, Stack, Title } from '@mantine/core';
import type { ReactNode } from 'react';

export interface FormCardActions {
  /** The submit button's words, its test id and whether the save is under way. */
  submit: { label: ReactNode; testId: string; pending: boolean };
  /** A cancel button, for a form that can be closed without saving. */
  cancel?: { label: ReactNode; onClick: () => void };
}

export function FormCard({
  title,
  onSubmit,
  actions,
  children,
}: {
  title: ReactNode;
  onSubmit: () => void;
  actions: FormCardActions;
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
          <Group>
            <Button type="submit" loading={actions.submit.pending} data-testid={actions.submit.testId}>
              {actions.submit.label}
            </Button>
            {actions.cancel && (
              <Button variant="default" onClick={actions.cancel.onClick}>
                {actions.cancel.label}
              </Button>
            )}
          </Group>
        </Stack>
      </form>
    </Paper>
  );
}
