// Small building blocks of the steering screens: formatting, a measure card with its exact definition as help text and a
// drill-down (the dialog itself is drill-modal.tsx).
import { ActionIcon, Button, Card, Group, Popover, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { MEASURE_TEXTS, type MeasureCode } from '../../../../core/steering/definitions.js';

export type Ratio = { numerator: number; denominator: number; value: number | null };

export function useSteeringT() {
  return useTranslation('translation', { keyPrefix: 'steering' });
}

export function useMeasureTexts() {
  const { i18n } = useTranslation();
  return i18n.language.startsWith('en') ? MEASURE_TEXTS.en : MEASURE_TEXTS.nl;
}

export function percent(value: number | null, locale: string): string | null {
  if (value === null) return null;
  return `${(value * 100).toLocaleString(locale, { maximumFractionDigits: 0 })}%`;
}

export function num(value: number, locale: string, digits = 0): string {
  return value.toLocaleString(locale, { minimumFractionDigits: digits, maximumFractionDigits: digits });
}

export function DefinitionHelp({ code }: { code: MeasureCode }) {
  const { t } = useSteeringT();
  const texts = useMeasureTexts();
  return (
    <Popover width={320} withArrow shadow="md" position="bottom">
      <Popover.Target>
        <ActionIcon
          variant="outline"
          radius="xl"
          size="sm"
          aria-label={t('definitionOf', { label: texts[code].label })}
        >
          <span aria-hidden="true" style={{ fontWeight: 700, fontFamily: 'serif' }}>
            i
          </span>
        </ActionIcon>
      </Popover.Target>
      <Popover.Dropdown>
        <Text size="sm" fw={700}>
          {t('definition')}
        </Text>
        <Text size="sm" data-testid={`definition-${code}`}>
          {texts[code].definition}
        </Text>
      </Popover.Dropdown>
    </Popover>
  );
}

export function MeasureCard({
  code,
  value,
  sub,
  drill,
  onDrill,
}: {
  code: MeasureCode;
  value: string | null;
  sub?: string | null;
  drill?: string;
  onDrill?: (measure: string, label: string) => void;
}) {
  const { t } = useSteeringT();
  const texts = useMeasureTexts();
  return (
    <Card withBorder padding="sm" data-testid={`measure-${code}`}>
      <Group justify="space-between" wrap="nowrap" gap={4}>
        <Text size="sm" fw={600} component="h3">
          {texts[code].label}
        </Text>
        <DefinitionHelp code={code} />
      </Group>
      <Text size="xl" fw={700} c={value === null ? 'gray.7' : undefined}>
        {value ?? t('noData')}
      </Text>
      {sub && (
        <Text size="xs" c="gray.7">
          {sub}
        </Text>
      )}
      {drill && onDrill && value !== null && (
        <Button variant="subtle" size="compact-xs" mt={4} onClick={() => onDrill(drill, texts[code].label)}>
          {t('drillDown')}
        </Button>
      )}
    </Card>
  );
}

export function ratioText(r: Ratio, locale: string, t: (k: string, o?: Record<string, unknown>) => string) {
  const p = percent(r.value, locale);
  return { value: p, sub: r.value === null ? null : t('of', { n: r.numerator, d: r.denominator }) };
}
