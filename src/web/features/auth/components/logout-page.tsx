// Signs out, forgets everything the user saw, and goes to the login page.
import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { PageLoader, usePageTitle } from '../../../shared/page-states.js';
import { replaceSession } from '../../../app/session.js';
import { authApi } from '../api.js';

export function LogoutPage() {
  const { t } = useTranslation();
  usePageTitle(t('app.logout'));
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const started = useRef(false);

  useEffect(() => {
    if (started.current) return;
    started.current = true;
    void authApi
      .logout()
      .catch(() => undefined)
      .then(async () => {
        replaceSession(queryClient, null);
        await navigate('/inloggen?uitgelogd=1', { replace: true });
      });
  }, [queryClient, navigate]);

  return <PageLoader label={t('auth.loggingOut')} />;
}
