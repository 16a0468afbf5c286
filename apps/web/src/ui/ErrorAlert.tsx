import { Alert, Button, List, Stack, Text } from '@mantine/core';
import { IconAlertCircle } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { formatWait } from '../i18n/format';
import { toAppError, type AppError, type ErrorCode, type FieldError } from './errors';
import { sentence } from './fieldErrors';

/** Codes whose server message adds something specific (which rule, which record) to the generic text. */
const DETAILED: readonly ErrorCode[] = ['BAD_USER_INPUT', 'FORBIDDEN', 'NOT_FOUND', 'CONFLICT'];

export interface ErrorAlertProps {
  error: unknown;
  /** Replaces the generic title, when the caller knows better what happened. */
  title?: string;
  /** Replaces the generic "what to do next"; null leaves it out when the title says it all. */
  next?: string | null;
  /** Field errors the form could not place under a field. */
  otherFields?: FieldError[];
  onRetry?: () => void;
}

function isAppError(value: unknown): value is AppError {
  return typeof value === 'object' && value !== null && 'code' in value && 'fields' in value;
}

/** Says what happened and what to do next, in the user's language. Announced to screen readers (role=alert). */
export function ErrorAlert({ error, title, next, otherFields, onRetry }: ErrorAlertProps) {
  const { t } = useTranslation();
  if (!error) return null;
  const appError = isAppError(error) ? error : toAppError(error);
  const { code } = appError;
  const details =
    DETAILED.includes(code) && appError.message && !appError.fields.length ? appError.message : null;
  const leftovers = otherFields ?? [];

  return (
    <Alert
      color="red"
      variant="light"
      icon={<IconAlertCircle aria-hidden />}
      title={title ?? t(`errors.${code}.title`)}
      role="alert"
    >
      <Stack gap="xs">
        {next === null ? null : (
          <Text size="sm">
            {next ??
              t(`errors.${code}.next`, {
                wait: formatWait(t, appError.retryAfterSeconds),
                reference: appError.reference ?? t('errors.noReference'),
              })}
          </Text>
        )}
        {details ? (
          <Text size="sm" c="dimmed">
            {t('errors.details', { message: sentence(details) })}
          </Text>
        ) : null}
        {leftovers.length ? (
          <List size="sm">
            {leftovers.map((f) => (
              <List.Item key={`${f.field}:${f.message}`}>{`${f.field}: ${sentence(f.message)}`}</List.Item>
            ))}
          </List>
        ) : null}
        {onRetry ? (
          <div>
            <Button size="xs" variant="default" onClick={onRetry}>
              {t('errors.retry')}
            </Button>
          </div>
        ) : null}
      </Stack>
    </Alert>
  );
}
