// Sign in with email and password; links to the forgotten-password and email-link flows.
import { Alert, Anchor, Button, Stack, Text, TextInput, Title } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, Navigate, useNavigate, useSearchParams } from 'react-router';
import { FormErrorSummary, isEmail, useFormErrors, type FieldErrors } from '../../../shared/form-errors.js';
import { safeReturnPath } from '../../../app/guards.js';
import { usePageTitle } from '../../../shared/page-states.js';
import { PasswordField } from '../../../shared/password-field.js';
import { replaceSession, useSession } from '../../../app/session.js';
import { authApi, landingPath } from '../api.js';

const fields = ['email', 'password'] as const;

export function LoginPage() {
  const { t } = useTranslation();
  usePageTitle(t('auth.loginTitle'));
  const [searchParams] = useSearchParams();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const session = useSession();
  const form = useFormErrors('login');
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const returnTo = searchParams.get('terug');

  const mutation = useMutation({
    mutationFn: authApi.login,
    onSuccess: async (next) => {
      replaceSession(queryClient, next);
      await navigate(returnTo ? safeReturnPath(returnTo) : landingPath(next), { replace: true });
    },
    onError: (error) => form.showServerError(error, fields),
  });

  if (session.data?.user && !mutation.isPending && !mutation.isSuccess) return <Navigate to="/" replace />;

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const errors: FieldErrors = {};
    if (!isEmail(email)) errors.email = t('form.invalidEmail');
    if (!password) errors.password = t('form.required');
    if (form.showFieldErrors(errors)) return;
    mutation.mutate({ email: email.trim(), password });
  }

  return (
    <Stack>
      <Title order={1}>{t('auth.loginTitle')}</Title>
      {searchParams.get('uitgelogd') === '1' && (
        <Alert color="green" variant="light" role="status">
          {t('auth.loggedOut')}
        </Alert>
      )}
      {returnTo && (
        <Alert color="blue" variant="light" role="status">
          {t('auth.sessionExpired')}
        </Alert>
      )}
      <Text>{t('auth.loginIntro')}</Text>
      <form onSubmit={onSubmit} noValidate>
        <Stack>
          <FormErrorSummary state={form} labels={{ email: t('fields.email'), password: t('fields.password') }} />
          <TextInput
            id={form.fieldId('email')}
            label={t('fields.email')}
            type="email"
            autoComplete="username"
            required
            value={email}
            onChange={(e) => setEmail(e.currentTarget.value)}
            error={form.error('email')}
          />
          <PasswordField
            id={form.fieldId('password')}
            label={t('fields.password')}
            autoComplete="current-password"
            required
            value={password}
            onChange={(e) => setPassword(e.currentTarget.value)}
            error={form.error('password')}
          />
          <div>
            <Button type="submit" loading={mutation.isPending}>
              {t('auth.loginSubmit')}
            </Button>
          </div>
        </Stack>
      </form>
      <Stack gap="xs">
        <Anchor component={Link} to="/wachtwoord-vergeten">
          {t('auth.forgotPasswordLink')}
        </Anchor>
        <Anchor component={Link} to="/inloggen/e-mail">
          {t('auth.emailLinkLink')}
        </Anchor>
      </Stack>
    </Stack>
  );
}
