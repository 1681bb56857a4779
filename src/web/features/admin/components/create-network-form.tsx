// Form to create a network in this installation.
import { Button, Group, Stack, TextInput, Title } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { notifySuccess } from '../../../shared/notify.js';
import { FormErrorSummary, useFormErrors } from '../../../shared/form-errors.js';
import { useCreateNetwork } from '../api.js';

const fields = ['name', 'region'] as const;

export function CreateNetworkForm() {
  const { t } = useTranslation();
  const form = useFormErrors('create-network');
  const create = useCreateNetwork();
  const [name, setName] = useState('');
  const [region, setRegion] = useState('');

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (form.showFieldErrors(name.trim() ? {} : { name: t('form.required') })) return;
    const input = region.trim() ? { name: name.trim(), region: region.trim() } : { name: name.trim() };
    create.mutate(input, {
      onSuccess: () => {
        notifySuccess(t('admin.networkCreated', { name: input.name }));
        setName('');
        setRegion('');
        form.clear();
      },
      onError: (error) => form.showServerError(error, fields),
    });
  }

  return (
    <Stack component="section" aria-labelledby="create-network-title" gap="sm">
      <Title order={2} size="h3" id="create-network-title">
        {t('admin.createNetworkTitle')}
      </Title>
      <form onSubmit={onSubmit} noValidate data-testid="create-network-form">
        <Stack maw={480}>
          <FormErrorSummary state={form} labels={{ name: t('fields.networkName'), region: t('fields.region') }} />
          <TextInput
            id={form.fieldId('name')}
            label={t('fields.networkName')}
            required
            value={name}
            onChange={(e) => setName(e.currentTarget.value)}
            error={form.error('name')}
          />
          <TextInput
            id={form.fieldId('region')}
            label={t('fields.region')}
            description={t('fields.regionHint')}
            value={region}
            onChange={(e) => setRegion(e.currentTarget.value)}
            error={form.error('region')}
          />
          <Group>
            <Button type="submit" loading={create.isPending}>
              {t('admin.createNetworkSubmit')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Stack>
  );
}
