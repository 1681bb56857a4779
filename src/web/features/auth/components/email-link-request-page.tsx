// Request an email with a login link (sign in without a password).
import { Alert, Anchor, Button, Stack, Text, TextInput, Title } from '@mantine/core';
import { useMutation } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { FormErrorSummary, isEmail, useFormErrors } from '../../../shared/form-errors.js';
import { usePageTitle } from '../../../shared/page-states.js';
import { authApi } from '../api.js';

export function EmailLinkRequestPage() {
  const { t } = useTranslation();
  usePageTitle(t('auth.emailLinkTitle'));
  const form = useFormErrors('email-link');
  const [email, setEmail] = useState('');
  const mutation = useMutation({
    mutationFn: authApi.requestEmailLink,
    onError: (error) => form.showServerError(error, ['email']),
  });

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (form.showFieldErrors(isEmail(email) ? {} : { email: t('form.invalidEmail') })) return;
    mutation.mutate({ email: email.trim() });
  }

  return (
    <Stack>
      <Title order={1}>{t('auth.emailLinkTitle')}</Title>
      {mutation.isSuccess ? (
        <Alert color="green" variant="light" role="status" data-testid="request-sent">
          {t('auth.emailLinkSent', { email: email.trim() })}
        </Alert>
      ) : (
        <>
          <Text>{t('auth.emailLinkIntro')}</Text>
          <form onSubmit={onSubmit} noValidate>
            <Stack>
              <FormErrorSummary state={form} labels={{ email: t('fields.email') }} />
              <TextInput
                id={form.fieldId('email')}
                label={t('fields.email')}
                type="email"
                autoComplete="email"
                required
                value={email}
                onChange={(e) => setEmail(e.currentTarget.value)}
                error={form.error('email')}
              />
              <div>
                <Button type="submit" loading={mutation.isPending}>
                  {t('auth.emailLinkSubmit')}
                </Button>
              </div>
            </Stack>
          </form>
        </>
      )}
      <Anchor component={Link} to="/inloggen">
        {t('auth.passwordLoginLink')}
      </Anchor>
    </Stack>
  );
}
