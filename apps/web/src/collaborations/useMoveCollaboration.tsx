import { useApolloClient, useMutation } from '@apollo/client/react';
import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CollaborationStatus } from '../gql/graphql';
import { useConflictResolution } from '../ui/conflict';
import { toAppError } from '../ui/errors';
import { errorText } from '../ui/errorText';
import { CollaborationDocument, SetCollaborationStatusDocument } from './documents';
import { useNotify } from './shared/notify';

export interface MovableCard {
  id: string;
  title: string;
  status: CollaborationStatus;
  version: number;
}

/**
 * Moving a collaboration to another status, from the board (drag and drop, keyboard or pointer), its "Move to…"
 * menu or its page. The card moves at once; the API gets the version that was read. On CONFLICT the card goes
 * back where it was and the conflict dialog shows what the colleague saved beside the move: "save mine" moves
 * it again over their version, "use theirs" leaves it where they put it. Other failures put it back and say why.
 */
export function useMoveCollaboration() {
  const { t } = useTranslation(['collaborations', 'ui']);
  const { t: tc } = useTranslation();
  const client = useApolloClient();
  const notify = useNotify();
  const [setStatus] = useMutation(SetCollaborationStatusDocument, {
    // The page's history, when the page is open (the board has no such query: nothing extra).
    refetchQueries: ['Collaboration'],
  });
  const conflicts = useConflictResolution();
  const [overrides, setOverrides] = useState<ReadonlyMap<string, CollaborationStatus>>(new Map());

  const override = useCallback((id: string, status: CollaborationStatus | null) => {
    setOverrides((current) => {
      const next = new Map(current);
      if (status) next.set(id, status);
      else next.delete(id);
      return next;
    });
  }, []);

  const move = useCallback(
    async (card: MovableCard, status: CollaborationStatus): Promise<boolean> => {
      if (card.status === status) return true;
      let version = card.version;
      override(card.id, status);
      for (;;) {
        try {
          await setStatus({ variables: { input: { id: card.id, status, version } } });
          override(card.id, null);
          notify({
            color: 'un',
            message: t('collaborations:move.done', {
              title: card.title,
              status: t(`ui:enum.CollaborationStatus.${status}`),
            }),
          });
          return true;
        } catch (error) {
          // Back where it was while the user decides (or reads why).
          override(card.id, null);
          let answer;
          try {
            answer = await conflicts.resolve(error, {
              fields: [{ key: 'status', label: t('collaborations:fields.status'), format: statusLabel }],
              yours: { status },
              refetch: async () => {
                const fresh = await client.query({
                  query: CollaborationDocument,
                  variables: { id: card.id },
                  fetchPolicy: 'network-only',
                });
                if (!fresh.data) throw new Error('No collaboration');
                return fresh.data.collaboration;
              },
            });
          } catch (failure) {
            const text = errorText(tc, toAppError(failure));
            notify({
              color: 'red',
              title: t('collaborations:move.failed', { title: card.title }),
              message: text.next,
              autoClose: 10_000,
            });
            return false;
          }
          if (answer.choice !== 'keepMine') return false;
          version = answer.theirs.version;
          override(card.id, status);
        }
      }
    },
    // statusLabel only reads t.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [client, conflicts, notify, override, setStatus, t, tc],
  );

  function statusLabel(value: unknown) {
    return typeof value === 'string' ? t(`ui:enum.CollaborationStatus.${value as CollaborationStatus}`) : '';
  }

  return { move, overrides, dialog: conflicts.dialog };
}
