// Landing page of the email login link: verifies the token once and signs the user in.
import { Alert, Anchor, Stack, Title } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { ApiError } from '../../../shared/api-client.js';
import { PageLoader, errorMessage, usePageTitle } from '../../../shared/page-states.js';
import { replaceSession } from '../../../app/session.js';
import { authApi, landingPath } from '../api.js';

export function EmailLinkLandingPage() {
  const { t } = useTranslation();
  usePageTitle(t('auth.emailLinkLandingTitle'));
  const [searchParams] = useSearchParams();
  const token = searchParams.get('token');
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const started = useRef(false);
  const mutation = useMutation({
    mutationFn: authApi.verifyEmailLink,
    onSuccess: async (session) => {
      replaceSession(queryClient, session);
      await navigate(landingPath(session), { replace: true });
    },
  });
  const { mutate } = mutation;

  useEffect(() => {
    // A token works once: do not verify twice when React runs effects twice in development.
    if (!token || started.current) return;
    started.current = true;
    mutate({ token });
  }, [token, mutate]);

  let problem: string | null = null;
  if (!token) problem = t('auth.emailLinkMissingToken');
  else if (mutation.isError) {
    problem =
      mutation.error instanceof ApiError && mutation.error.code === 'invalid_token'
        ? t('auth.invalidToken')
        : errorMessage(mutation.error, t('form.unexpectedError'), t('form.networkError'));
  }

  return (
    <Stack>
      <Title order={1}>{t('auth.emailLinkLandingTitle')}</Title>
      {problem ? (
        <>
          <Alert color="red" variant="light" role="alert">
            {problem}
          </Alert>
          <Anchor component={Link} to="/inloggen/e-mail">
            {t('auth.requestNewLink')}
          </Anchor>
          <Anchor component={Link} to="/inloggen">
            {t('auth.passwordLoginLink')}
          </Anchor>
        </>
      ) : (
        <PageLoader label={t('auth.emailLinkVerifying')} />
      )}
    </Stack>
  );
}
