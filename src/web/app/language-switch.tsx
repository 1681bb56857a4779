// Switches between Dutch and English. The button is labelled in the language it switches to.
import { Button } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { requestWithoutReply } from '../shared/api-client.js';
import { changeLanguage, currentLanguage } from './i18n/i18n.js';
import { useSession } from './session.js';

export function LanguageSwitch() {
  const { t } = useTranslation();
  const session = useSession();
  const target = currentLanguage() === 'nl' ? 'en' : 'nl';

  async function switchLanguage() {
    await changeLanguage(target);
    if (session.data?.user) {
      // Remember the choice on the account too (for emails); the screen does not depend on it.
      requestWithoutReply('PATCH', '/api/session/locale', { locale: target }).catch(() => undefined);
    }
  }

  return (
    <Button
      variant="subtle"
      size="compact-md"
      lang={target}
      onClick={() => void switchLanguage()}
      data-testid="language-switch"
    >
      {t('app.languageSwitch')}
    </Button>
  );
}
