import { Alert, Button, List, Stack, Text } from '@mantine/core';
import { IconAlertCircle } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { toAppError, type AppError, type FieldError } from './errors';
import { errorText } from './errorText';
import { sentence } from './fieldErrors';

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
  const text = errorText(t, isAppError(error) ? error : toAppError(error));
  const leftovers = otherFields ?? [];
  const nextText = next === null ? null : (next ?? text.next);

  return (
    <Alert
      color="red"
      variant="light"
      icon={<IconAlertCircle aria-hidden />}
      title={title ?? text.title}
      role="alert"
    >
      <Stack gap="xs">
        {nextText ? <Text size="sm">{nextText}</Text> : null}
        {text.details && title === undefined ? (
          <Text size="sm" c="dimmed">
            {text.details}
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
