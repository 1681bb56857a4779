// Catches errors while rendering a page, including a page's code that fails to load (for instance an open tab after an
// update replaced the files), and offers to reload instead of leaving a blank screen.
import { Alert, Button, Stack, Text } from '@mantine/core';
import { Component, type ErrorInfo, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

function RouteErrorMessage() {
  const { t } = useTranslation();
  return (
    <Alert color="red" variant="light" title={t('app.errorTitle')} role="alert">
      <Stack gap="sm" align="flex-start">
        <Text size="sm">{t('app.errorText')}</Text>
        <Button variant="outline" color="red.9" size="xs" onClick={() => window.location.reload()}>
          {t('app.reload')}
        </Button>
      </Stack>
    </Alert>
  );
}

type Props = { children: ReactNode; resetKey: string };
type State = { error: Error | null; resetKey: string };

export class RouteErrorBoundary extends Component<Props, State> {
  override state: State = { error: null, resetKey: this.props.resetKey };

  static getDerivedStateFromError(error: Error): Partial<State> {
    return { error };
  }

  static getDerivedStateFromProps(props: Props, state: State): Partial<State> | null {
    // Navigating elsewhere gives the next page a fresh chance.
    return props.resetKey !== state.resetKey ? { error: null, resetKey: props.resetKey } : null;
  }

  override componentDidCatch(error: Error, info: ErrorInfo): void {
    console.error('page failed', error, info.componentStack);
  }

  override render() {
    return this.state.error ? <RouteErrorMessage /> : this.props.children;
  }
}
