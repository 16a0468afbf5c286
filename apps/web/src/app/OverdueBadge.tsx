import { useQuery } from '@apollo/client/react';
import { Badge, VisuallyHidden } from '@mantine/core';
import { useWindowEvent } from '@mantine/hooks';
import { useTranslation } from 'react-i18next';
import { OverdueFollowUpsCountDocument } from '../follow-ups/documents';

/** How often the count is asked again while the tab stays open (it is asked too when the tab regains focus). */
export const OVERDUE_POLL_MS = 120_000;

/**
 * The number of my overdue follow-ups, beside "Follow-ups" in the sidebar: one cheap query (a count), asked
 * again every two minutes, on focus, and after any change to a follow-up. Nothing when none is overdue.
 */
export function OverdueBadge() {
  const { t } = useTranslation();
  const { data, refetch } = useQuery(OverdueFollowUpsCountDocument, { pollInterval: OVERDUE_POLL_MS });
  useWindowEvent('focus', () => void refetch().catch(() => undefined));
  const count = data?.followUps.totalCount ?? 0;
  if (!count) return null;
  return (
    <>
      <Badge color="red.8" variant="filled" size="sm" circle={count < 10} aria-hidden>
        {count > 99 ? '99+' : count}
      </Badge>
      <VisuallyHidden>{t('nav.overdue', { count })}</VisuallyHidden>
    </>
  );
}
