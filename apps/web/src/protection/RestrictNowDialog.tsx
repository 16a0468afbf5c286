import { useTranslation } from 'react-i18next';
import { useNotify } from '../ui/useNotify';
import { ReasonDialog } from './ReasonDialog';
import { useRestrictRecord } from './useRestrictRecord';

/** "Restrict now" on a person's or an organisation's page: asks why, restricts, says what ended. */
export function RestrictNowDialog({
  recordId,
  opened,
  onClose,
}: {
  recordId: string;
  opened: boolean;
  onClose: () => void;
}) {
  const { t } = useTranslation('protection');
  const restrict = useRestrictRecord();
  const notify = useNotify();
  return (
    <ReasonDialog
      opened={opened}
      onClose={onClose}
      title={t('restrict.title')}
      intro={t('restrict.intro')}
      reasonLabel={t('restrict.reason')}
      reasonHint={t('restrict.reasonHint')}
      confirmLabel={t('restrict.confirm')}
      destructive
      onConfirm={async (reason) => {
        const outcome = await restrict(recordId, reason);
        notify.done(t('restrict.done', { grants: outcome.grantsEnded, reveals: outcome.revealsEnded }));
      }}
    />
  );
}
