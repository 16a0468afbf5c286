import { ActionIcon, Button, Group, Menu, Modal, Stack, Text, TextInput, Tooltip } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import {
  IconBookmarkPlus,
  IconBookmarks,
  IconCheck,
  IconChevronDown,
  IconPencil,
  IconSettings,
  IconTrash,
} from '@tabler/icons-react';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { ErrorAlert } from '../ui/ErrorAlert';
import { hasErrorCode, toAppError, type AppError } from '../ui/errors';
import { errorText } from '../ui/errorText';
import { mapFieldErrors } from '../ui/fieldErrors';
import { DIRECTORY_SPECS } from './directorySpecs';
import { viewStateOf } from './listState';
import { useSavedViewMutations, type DirectoryList, type SavedViewItem } from './useSavedViewMutations';

const MAX_NAME = 80;

export interface SavedViewsMenuProps {
  list: DirectoryList;
  views: SavedViewItem[];
  /** The current list state as a view would save it (viewStateOf). */
  currentState: string;
}

/** "Views": apply one of your saved views, save the current one under a name, rename or delete (with undo). */
export function SavedViewsMenu({ list, views, currentState }: SavedViewsMenuProps) {
  const { t } = useTranslation('directory');
  const { t: tCommon } = useTranslation();
  const navigate = useNavigate();
  const mutations = useSavedViewMutations(list);
  const [saving, setSaving] = useState(false);
  const [managing, setManaging] = useState(false);
  // The server may order the parameters differently: views compare by their canonical form.
  const active = views.find(
    (v) => viewStateOf(new URLSearchParams(v.state), DIRECTORY_SPECS[list]) === currentState,
  );

  const apply = (view: SavedViewItem) => void navigate({ search: view.state ? `?${view.state}` : '' });

  const remove = async (view: SavedViewItem) => {
    try {
      const deleted = await mutations.remove(view);
      const id = `view-deleted-${view.id}`;
      notifications.show({
        id,
        autoClose: 8000,
        message: (
          <Group justify="space-between" wrap="nowrap" gap="sm">
            <Text size="sm">{t('views.deleted', { name: view.name })}</Text>
            <Button
              size="compact-sm"
              variant="light"
              onClick={() => {
                notifications.hide(id);
                mutations.restore(deleted).then(
                  () => notifications.show({ message: t('views.restored', { name: view.name }) }),
                  (error: unknown) => showError(error),
                );
              }}
            >
              {t('views.undo')}
            </Button>
          </Group>
        ),
      });
    } catch (error) {
      showError(error);
    }
  };

  const showError = (error: unknown) => {
    const text = errorText(tCommon, toAppError(error));
    notifications.show({ color: 'red', title: text.title, message: text.next, autoClose: 10_000 });
  };

  return (
    <>
      <Menu position="bottom-end" width={280} withinPortal>
        <Menu.Target>
          <Button
            variant="default"
            leftSection={<IconBookmarks size={16} aria-hidden />}
            rightSection={<IconChevronDown size={14} aria-hidden />}
          >
            {active ? t('views.buttonActive', { name: active.name }) : t('views.button')}
          </Button>
        </Menu.Target>
        <Menu.Dropdown>
          <Menu.Label>{t('views.yours')}</Menu.Label>
          {views.length === 0 ? (
            <Text size="sm" c="dimmed" px="sm" py={6}>
              {t('views.none')}
            </Text>
          ) : (
            views.map((view) => (
              <Menu.Item
                key={view.id}
                onClick={() => apply(view)}
                leftSection={
                  view.id === active?.id ? (
                    <IconCheck size={14} aria-hidden />
                  ) : (
                    <span style={{ width: 14 }} />
                  )
                }
                aria-current={view.id === active?.id ? 'true' : undefined}
              >
                {view.name}
              </Menu.Item>
            ))
          )}
          <Menu.Divider />
          <Menu.Item leftSection={<IconBookmarkPlus size={14} aria-hidden />} onClick={() => setSaving(true)}>
            {t('views.saveAs')}
          </Menu.Item>
          <Menu.Item
            leftSection={<IconSettings size={14} aria-hidden />}
            onClick={() => setManaging(true)}
            disabled={views.length === 0}
          >
            {t('views.manage')}
          </Menu.Item>
        </Menu.Dropdown>
      </Menu>

      <SaveViewDialog
        opened={saving}
        onClose={() => setSaving(false)}
        onSave={async (name) => {
          const view = await mutations.create(name, currentState);
          notifications.show({ message: t('views.saved', { name: view.name }) });
        }}
      />

      <Modal
        opened={managing}
        onClose={() => setManaging(false)}
        title={t('views.manageTitle')}
        size="md"
        closeButtonProps={{ 'aria-label': t('views.close') }}
      >
        <Stack gap="xs">
          {views.length === 0 ? <Text c="dimmed">{t('views.none')}</Text> : null}
          {views.map((view) => (
            <ManagedView
              key={view.id}
              view={view}
              onRename={async (name) => {
                await mutations.update(view, { name });
              }}
              onDelete={() => void remove(view)}
            />
          ))}
        </Stack>
      </Modal>
    </>
  );
}

function nameMessage(t: (key: 'views.nameRequired' | 'views.nameTooLong') => string, name: string) {
  if (!name.trim()) return t('views.nameRequired');
  if (name.trim().length > MAX_NAME) return t('views.nameTooLong');
  return undefined;
}

/** A name the server refused (taken, too long) shows under the field; anything else above the form. */
function useNameForm(onSave: (name: string) => Promise<void>) {
  const [name, setName] = useState('');
  const [clientError, setClientError] = useState<string | undefined>();
  const [serverError, setServerError] = useState<AppError | null>(null);
  const [busy, setBusy] = useState(false);
  return {
    name,
    setName: (value: string) => {
      setName(value);
      setClientError(undefined);
      setServerError(null);
    },
    clientError,
    serverError,
    busy,
    submit: async (message: string | undefined) => {
      setClientError(message);
      if (message) return false;
      setBusy(true);
      try {
        await onSave(name.trim());
        return true;
      } catch (error) {
        setServerError(toAppError(error));
        return false;
      } finally {
        setBusy(false);
      }
    },
  };
}

function SaveViewDialog({
  opened,
  onClose,
  onSave,
}: {
  opened: boolean;
  onClose: () => void;
  onSave: (name: string) => Promise<void>;
}) {
  const { t } = useTranslation('directory');
  const form = useNameForm(onSave);
  const server = mapFieldErrors(form.serverError, ['name'] as const);
  const close = () => {
    form.setName('');
    onClose();
  };
  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    if (await form.submit(nameMessage(t, form.name))) close();
  };
  return (
    <Modal
      opened={opened}
      onClose={close}
      title={t('views.saveTitle')}
      closeButtonProps={{ 'aria-label': t('views.close') }}
    >
      <form onSubmit={(event) => void onSubmit(event)} noValidate>
        <Stack gap="md">
          <Text size="sm" c="dimmed">
            {t('views.saveHint')}
          </Text>
          {form.serverError && !server.byField.name ? <ErrorAlert error={form.serverError} /> : null}
          <TextInput
            label={t('views.name')}
            data-autofocus
            required
            maxLength={MAX_NAME + 20}
            value={form.name}
            onChange={(event) => form.setName(event.currentTarget.value)}
            error={form.clientError ?? server.byField.name}
          />
          <Group justify="flex-end">
            <Button variant="default" onClick={close}>
              {t('views.cancel')}
            </Button>
            <Button type="submit" loading={form.busy}>
              {t('views.save')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}

function ManagedView({
  view,
  onRename,
  onDelete,
}: {
  view: SavedViewItem;
  onRename: (name: string) => Promise<void>;
  onDelete: () => void;
}) {
  const { t } = useTranslation('directory');
  const [editing, setEditing] = useState(false);
  const form = useNameForm(onRename);
  const server = mapFieldErrors(form.serverError, ['name'] as const);
  const conflict = form.serverError !== null && hasErrorCode(form.serverError, 'CONFLICT');

  if (!editing)
    return (
      <Group justify="space-between" wrap="nowrap">
        <Text size="sm" style={{ overflowWrap: 'anywhere' }}>
          {view.name}
        </Text>
        <Group gap={4} wrap="nowrap">
          <Tooltip label={t('views.rename')}>
            <ActionIcon
              variant="subtle"
              aria-label={t('views.renameNamed', { name: view.name })}
              onClick={() => {
                form.setName(view.name);
                setEditing(true);
              }}
            >
              <IconPencil size={16} aria-hidden />
            </ActionIcon>
          </Tooltip>
          <Tooltip label={t('views.delete')}>
            <ActionIcon
              variant="subtle"
              color="red.8"
              aria-label={t('views.deleteNamed', { name: view.name })}
              onClick={onDelete}
            >
              <IconTrash size={16} aria-hidden />
            </ActionIcon>
          </Tooltip>
        </Group>
      </Group>
    );

  return (
    <form
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        void form.submit(nameMessage(t, form.name)).then((done) => done && setEditing(false));
      }}
    >
      <Stack gap={6}>
        {conflict ? (
          <Text size="sm" c="red.8" role="alert">
            {t('views.renameConflict')}
          </Text>
        ) : form.serverError && !server.byField.name ? (
          <ErrorAlert error={form.serverError} />
        ) : null}
        <Group gap="xs" align="flex-start" wrap="nowrap">
          <TextInput
            aria-label={t('views.newName', { name: view.name })}
            data-autofocus
            flex={1}
            value={form.name}
            onChange={(event) => form.setName(event.currentTarget.value)}
            error={form.clientError ?? server.byField.name}
          />
          <Button type="submit" loading={form.busy}>
            {t('views.save')}
          </Button>
          <Button variant="default" onClick={() => setEditing(false)}>
            {t('views.cancel')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
