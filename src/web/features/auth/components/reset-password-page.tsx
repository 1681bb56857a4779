// Choose a new password with the token from the reset email.
import { Alert, Anchor, Button, Stack, Text, Title } from '@mantine/core';
import { useMutation } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { ApiError } from '../../../shared/api-client.js';
import { FormErrorSummary, useFormErrors, type FieldErrors } from '../../../shared/form-errors.js';
import { usePageTitle } from '../../../shared/page-states.js';
import { passwordError } from '../../../shared/password-check.js';
import { PasswordField } from '../../../shared/password-field.js';
import { authApi } from '../api.js';

const fields = ['password', 'passwordRepeat'] as const;

export function ResetPasswordPage() {
  const { t } = useTranslation();
  usePageTitle(t('auth.resetTitle'));
  const [searchParams] = useSearchParams();
  const token = searchParams.get('token');
  const form = useFormErrors('reset');
  const [password, setPassword] = useState('');
  const [passwordRepeat, setPasswordRepeat] = useState('');
  const mutation = useMutation({
    mutationFn: authApi.confirmPasswordReset,
    onError: (error) => {
      if (error instanceof ApiError && error.code === 'invalid_token') return;
      form.showServerError(error, fields);
    },
  });
  const invalidToken = mutation.error instanceof ApiError && mutation.error.code === 'invalid_token';

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (!token) return;
    const errors: FieldErrors = {};
    const passwordProblem = passwordError(t, password);
    if (passwordProblem) errors.password = passwordProblem;
    if (password !== passwordRepeat) errors.passwordRepeat = t('form.passwordsDiffer');
    if (form.showFieldErrors(errors)) return;
    mutation.mutate({ token, password });
  }

  if (!token || invalidToken) {
    return (
      <Stack>
        <Title order={1}>{t('auth.resetTitle')}</Title>
        <Alert color="red" variant="light" role="alert">
          {token ? t('auth.invalidToken') : t('auth.resetMissingToken')}
        </Alert>
        <Anchor component={Link} to="/wachtwoord-vergeten">
          {t('auth.requestNewLink')}
        </Anchor>
      </Stack>
    );
  }

  if (mutation.isSuccess) {
    return (
      <Stack>
        <Title order={1}>{t('auth.resetTitle')}</Title>
        <Alert color="green" variant="light" role="status" data-testid="reset-done">
          {t('auth.resetDone')}
        </Alert>
        <div>
          <Button component={Link} to="/inloggen">
            {t('auth.loginSubmit')}
          </Button>
        </div>
      </Stack>
    );
  }

  return (
    <Stack>
      <Title order={1}>{t('auth.resetTitle')}</Title>
      <Text>{t('auth.resetIntro')}</Text>
      <form onSubmit={onSubmit} noValidate>
        <Stack>
          <FormErrorSummary
            state={form}
            labels={{ password: t('fields.password'), passwordRepeat: t('fields.passwordRepeat') }}
          />
          <PasswordField
            id={form.fieldId('password')}
            label={t('fields.password')}
            description={t('fields.passwordHint')}
            autoComplete="new-password"
            required
            value={password}
            onChange={(e) => setPassword(e.currentTarget.value)}
            error={form.error('password')}
          />
          <PasswordField
            id={form.fieldId('passwordRepeat')}
            label={t('fields.passwordRepeat')}
            autoComplete="new-password"
            required
            value={passwordRepeat}
            onChange={(e) => setPasswordRepeat(e.currentTarget.value)}
            error={form.error('passwordRepeat')}
          />
          <div>
            <Button type="submit" loading={mutation.isPending}>
              {t('auth.resetSubmit')}
            </Button>
          </div>
        </Stack>
      </form>
    </Stack>
  );
}
