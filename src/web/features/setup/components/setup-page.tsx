// First run: create the platform administrator and the first network, then land signed in on that network's overview.
import { Alert, Button, Checkbox, Fieldset, Stack, Text, TextInput, Title } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { FormErrorSummary, isEmail, useFormErrors, type FieldErrors } from '../../../shared/form-errors.js';
import { PageError, PageLoader, usePageTitle } from '../../../shared/page-states.js';
import { passwordError } from '../../../shared/password-check.js';
import { PasswordField } from '../../../shared/password-field.js';
import { fetchSession, sessionQueryKey, setupStatusQueryKey, useSetupStatus } from '../../../app/session.js';
import { runSetup } from '../api.js';

const fields = [
  'admin.name',
  'admin.email',
  'admin.password',
  'passwordRepeat',
  'network.name',
  'network.region',
] as const;

export function SetupPage() {
  const { t } = useTranslation();
  usePageTitle(t('setup.pageTitle'));
  const status = useSetupStatus();
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const form = useFormErrors('setup');
  const [values, setValues] = useState({
    name: '',
    email: '',
    password: '',
    passwordRepeat: '',
    networkName: '',
    region: '',
    loadDemo: false,
  });

  const mutation = useMutation({
    mutationFn: runSetup,
    onSuccess: async ({ networkId, demoNetworkId }) => {
      queryClient.setQueryData(setupStatusQueryKey, { needsSetup: false });
      await queryClient.fetchQuery({ queryKey: sessionQueryKey, queryFn: fetchSession, staleTime: 0 });
      // With the demo loaded, start there: the own network is still empty, the demo has everything to explore. Its overview
      // says how to switch to the own network.
      await navigate(`/n/${demoNetworkId ?? networkId}`, { replace: true });
    },
    onError: (error) => form.showServerError(error, fields),
  });

  const labels: Record<string, string> = {
    'admin.name': t('fields.name'),
    'admin.email': t('fields.email'),
    'admin.password': t('fields.password'),
    passwordRepeat: t('fields.passwordRepeat'),
    'network.name': t('fields.networkName'),
    'network.region': t('fields.region'),
  };

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const errors: FieldErrors = {};
    if (!values.name.trim()) errors['admin.name'] = t('form.required');
    if (!isEmail(values.email)) errors['admin.email'] = t('form.invalidEmail');
    const passwordProblem = passwordError(t, values.password, { email: values.email, name: values.name });
    if (passwordProblem) errors['admin.password'] = passwordProblem;
    if (values.password !== values.passwordRepeat) errors.passwordRepeat = t('form.passwordsDiffer');
    if (!values.networkName.trim()) errors['network.name'] = t('form.required');
    if (form.showFieldErrors(errors)) return;
    const region = values.region.trim();
    mutation.mutate({
      admin: { name: values.name.trim(), email: values.email.trim(), password: values.password },
      network: region ? { name: values.networkName.trim(), region } : { name: values.networkName.trim() },
      loadDemo: values.loadDemo,
    });
  }

  if (status.isPending) return <PageLoader />;
  if (status.isError) return <PageError error={status.error} onRetry={() => void status.refetch()} />;
  if (!status.data.needsSetup && !mutation.isPending && !mutation.isSuccess) {
    return (
      <Stack>
        <Title order={1}>{t('setup.pageTitle')}</Title>
        <Alert color="blue" variant="light">
          {t('setup.alreadyDone')}
        </Alert>
        <div>
          <Button component={Link} to="/inloggen">
            {t('setup.toLogin')}
          </Button>
        </div>
      </Stack>
    );
  }

  return (
    <Stack>
      <Title order={1}>{t('setup.pageTitle')}</Title>
      <Text>{t('setup.intro')}</Text>
      <form onSubmit={onSubmit} noValidate>
        <Stack>
          <FormErrorSummary state={form} labels={labels} />
          <Fieldset legend={t('setup.adminSection')}>
            <Stack>
              <TextInput
                id={form.fieldId('admin.name')}
                label={t('fields.name')}
                autoComplete="name"
                required
                value={values.name}
                onChange={(e) => setValues({ ...values, name: e.currentTarget.value })}
                error={form.error('admin.name')}
              />
              <TextInput
                id={form.fieldId('admin.email')}
                label={t('fields.email')}
                type="email"
                autoComplete="email"
                required
                value={values.email}
                onChange={(e) => setValues({ ...values, email: e.currentTarget.value })}
                error={form.error('admin.email')}
              />
              <PasswordField
                id={form.fieldId('admin.password')}
                label={t('fields.password')}
                description={t('fields.passwordHint')}
                autoComplete="new-password"
                required
                value={values.password}
                onChange={(e) => setValues({ ...values, password: e.currentTarget.value })}
                error={form.error('admin.password')}
              />
              <PasswordField
                id={form.fieldId('passwordRepeat')}
                label={t('fields.passwordRepeat')}
                autoComplete="new-password"
                required
                value={values.passwordRepeat}
                onChange={(e) => setValues({ ...values, passwordRepeat: e.currentTarget.value })}
                error={form.error('passwordRepeat')}
              />
            </Stack>
          </Fieldset>
          <Fieldset legend={t('setup.networkSection')}>
            <Stack>
              <TextInput
                id={form.fieldId('network.name')}
                label={t('fields.networkName')}
                required
                value={values.networkName}
                onChange={(e) => setValues({ ...values, networkName: e.currentTarget.value })}
                error={form.error('network.name')}
              />
              <TextInput
                id={form.fieldId('network.region')}
                label={t('fields.region')}
                description={t('fields.regionHint')}
                value={values.region}
                onChange={(e) => setValues({ ...values, region: e.currentTarget.value })}
                error={form.error('network.region')}
              />
              <Checkbox
                label={t('setup.loadDemo')}
                description={t('setup.loadDemoHint')}
                checked={values.loadDemo}
                onChange={(e) => setValues({ ...values, loadDemo: e.currentTarget.checked })}
              />
            </Stack>
          </Fieldset>
          <div>
            <Button type="submit" loading={mutation.isPending}>
              {t('setup.submit')}
            </Button>
          </div>
        </Stack>
      </form>
    </Stack>
  );
}
