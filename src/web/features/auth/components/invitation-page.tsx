// Accept an invitation: see which network and role it is for, choose a password or email login, and land in the network.
import { Alert, Button, Radio, Stack, Text, Title } from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import { ApiError } from '../../../shared/api-client.js';
import { FormErrorSummary, useFormErrors, type FieldErrors } from '../../../shared/form-errors.js';
import { labelForCode } from '../../../shared/labels.js';
import { PageError, PageLoader, usePageTitle } from '../../../shared/page-states.js';
import { passwordError } from '../../../shared/password-check.js';
import { PasswordField } from '../../../shared/password-field.js';
import { replaceSession } from '../../../app/session.js';
import { authApi, landingPath } from '../api.js';

const fields = ['password', 'passwordRepeat'] as const;
type Method = 'password' | 'email';

export function InvitationPage() {
  const { t } = useTranslation();
  usePageTitle(t('auth.invitationTitle'));
  const { token = '' } = useParams();
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const form = useFormErrors('invitation');
  const [method, setMethod] = useState<Method>('password');
  const [password, setPassword] = useState('');
  const [passwordRepeat, setPasswordRepeat] = useState('');

  // 404 (unknown or expired) and 400/422 (not a token at all) mean the same to the person holding the link.
  const invitation = useQuery({ queryKey: ['invitation', token], queryFn: () => authApi.getInvitation(token) });
  const mutation = useMutation({
    mutationFn: (input: { password?: string }) => authApi.acceptInvitation(token, input),
    onSuccess: async (session) => {
      replaceSession(queryClient, session);
      await navigate(landingPath(session), { replace: true });
    },
    onError: (error) => form.showServerError(error, fields),
  });

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (method === 'email') {
      form.clear();
      mutation.mutate({});
      return;
    }
    const errors: FieldErrors = {};
    const passwordProblem = passwordError(t, password, {
      email: invitation.data?.email ?? '',
      name: invitation.data?.personName ?? '',
    });
    if (passwordProblem) errors.password = passwordProblem;
    if (password !== passwordRepeat) errors.passwordRepeat = t('form.passwordsDiffer');
    if (form.showFieldErrors(errors)) return;
    mutation.mutate({ password });
  }

  if (invitation.isPending) return <PageLoader label={t('auth.invitationLoading')} />;
  if (invitation.isError) {
    return (
      <Stack>
        <Title order={1}>{t('auth.invitationTitle')}</Title>
        {invitation.error instanceof ApiError && [400, 404, 422].includes(invitation.error.status) ? (
          <Alert color="red" variant="light" role="alert">
            {t('auth.invitationNotFound')}
          </Alert>
        ) : (
          <PageError error={invitation.error} onRetry={() => void invitation.refetch()} />
        )}
      </Stack>
    );
  }

  const data = invitation.data;
  return (
    <Stack>
      <Title order={1}>{t('auth.invitationTitle')}</Title>
      <Text>
        {t('auth.invitationIntro', {
          personName: data.personName,
          networkName: data.networkName,
          role: labelForCode(t, 'roles', data.role).toLowerCase(),
        })}
      </Text>
      <Text>{t('auth.invitationEmail', { email: data.email })}</Text>
      <form onSubmit={onSubmit} noValidate>
        <Stack>
          <FormErrorSummary
            state={form}
            labels={{ password: t('fields.password'), passwordRepeat: t('fields.passwordRepeat') }}
          />
          <Radio.Group
            label={t('auth.invitationChoice')}
            value={method}
            onChange={(value) => setMethod(value === 'email' ? 'email' : 'password')}
          >
            <Stack gap="xs" mt="xs">
              <Radio value="password" label={t('auth.invitationChoicePassword')} />
              <Radio
                value="email"
                label={t('auth.invitationChoiceEmail')}
                description={t('auth.invitationChoiceEmailHint')}
              />
            </Stack>
          </Radio.Group>
          {method === 'password' && (
            <>
              {/* A hidden username helps password managers save the new password under the right address. */}
              <input type="email" name="username" autoComplete="username" value={data.email} readOnly hidden />
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
            </>
          )}
          <div>
            <Button type="submit" loading={mutation.isPending}>
              {t('auth.invitationAccept')}
            </Button>
          </div>
        </Stack>
      </form>
    </Stack>
  );
}
