// Form error handling shared by all forms: field errors next to the fields (client checks and the server's `issues`, whose
// `path` maps to a field name such as `email` or `admin.email`) and one summary alert at the top that receives focus.
import { Alert, Anchor, List, Text } from '@mantine/core';
import { useCallback, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError, networkErrorCode } from './api-client.js';

export type FieldErrors = Record<string, string>;

export type FormErrorState = {
  formId: string;
  errors: FieldErrors;
  summary: string | null;
  unmatched: string[];
  version: number;
  fieldId: (field: string) => string;
  error: (field: string) => string | undefined;
  showFieldErrors: (errors: FieldErrors) => boolean;
  showServerError: (error: unknown, fields: readonly string[]) => void;
  /** Drops one field's error (once the user has fixed it), leaving the others. */
  clearField: (field: string) => void;
  clear: () => void;
};

function matchField(path: string[], fields: readonly string[]): string | undefined {
  // The server may prefix paths (e.g. `body`); try the full path first, then shorter suffixes.
  for (let start = 0; start < path.length; start++) {
    const candidate = path.slice(start).join('.');
    if (fields.includes(candidate)) return candidate;
  }
  return undefined;
}

export function useFormErrors(formId: string): FormErrorState {
  const { t } = useTranslation();
  const [errors, setErrors] = useState<FieldErrors>({});
  const [summary, setSummary] = useState<string | null>(null);
  const [unmatched, setUnmatched] = useState<string[]>([]);
  const [version, setVersion] = useState(0);

  const fieldId = useCallback((field: string) => `${formId}-${field.replace(/\./g, '-')}`, [formId]);

  const showFieldErrors = useCallback((next: FieldErrors) => {
    const hasErrors = Object.keys(next).length > 0;
    setErrors(next);
    setSummary(null);
    setUnmatched([]);
    if (hasErrors) setVersion((v) => v + 1);
    return hasErrors;
  }, []);

  const showServerError = useCallback(
    (error: unknown, fields: readonly string[]) => {
      const next: FieldErrors = {};
      const rest: string[] = [];
      let message = t('form.unexpectedError');
      if (error instanceof ApiError) {
        message = error.code === networkErrorCode ? t('form.networkError') : error.message;
        for (const issue of error.issues) {
          const field = matchField(issue.path, fields);
          if (field && !next[field]) next[field] = issue.message;
          else if (!field) rest.push(issue.message);
        }
      }
      setErrors(next);
      setSummary(message);
      setUnmatched(rest);
      setVersion((v) => v + 1);
    },
    [t],
  );

  const clearField = useCallback((field: string) => {
    setErrors((current) => {
      if (!(field in current)) return current;
      const { [field]: _fixed, ...rest } = current;
      return rest;
    });
  }, []);

  const clear = useCallback(() => {
    setErrors({});
    setSummary(null);
    setUnmatched([]);
  }, []);

  return {
    formId,
    errors,
    summary,
    unmatched,
    version,
    fieldId,
    error: (field) => errors[field],
    showFieldErrors,
    showServerError,
    clearField,
    clear,
  };
}

type SummaryProps = { state: FormErrorState; labels: Record<string, string> };

/** The alert at the top of a form. It takes focus when new errors appear so screen reader users hear them. */
export function FormErrorSummary({ state, labels }: SummaryProps) {
  const { t } = useTranslation();
  const ref = useRef<HTMLDivElement>(null);
  const fieldEntries = Object.entries(state.errors);
  const visible = state.summary !== null || fieldEntries.length > 0 || state.unmatched.length > 0;

  useEffect(() => {
    if (state.version > 0) ref.current?.focus();
  }, [state.version]);

  if (!visible) return null;
  return (
    <Alert
      ref={ref}
      tabIndex={-1}
      color="red"
      variant="light"
      title={t('form.errorSummaryTitle')}
      role="alert"
      data-testid="form-error-summary"
    >
      {state.summary && <Text size="sm">{state.summary}</Text>}
      {(fieldEntries.length > 0 || state.unmatched.length > 0) && (
        <>
          {!state.summary && <Text size="sm">{t('form.errorSummaryIntro')}</Text>}
          <List size="sm" mt={4}>
            {fieldEntries.map(([field, message]) => (
              <List.Item key={field}>
                <Anchor href={`#${state.fieldId(field)}`} c="red.9" size="sm" underline="always">
                  {labels[field] ?? field}: {message}
                </Anchor>
              </List.Item>
            ))}
            {state.unmatched.map((message) => (
              <List.Item key={message}>{message}</List.Item>
            ))}
          </List>
        </>
      )}
    </Alert>
  );
}

const emailPattern = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

export function isEmail(value: string): boolean {
  return emailPattern.test(value.trim());
}
