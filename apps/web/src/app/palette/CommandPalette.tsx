import { useQuery } from '@apollo/client/react';
import { Box, Group, Kbd, Loader, Modal, ScrollArea, Stack, Text, TextInput, ThemeIcon } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import {
  IconArrowRight,
  IconBuildingCommunity,
  IconBulb,
  IconCalendarEvent,
  IconMessages,
  IconPlus,
  IconSearch,
  IconUser,
  IconUsersGroup,
} from '@tabler/icons-react';
import { useEffect, useId, useMemo, useRef, useState, type KeyboardEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { useCan } from '../../auth/permissions';
import { useLogEngagement } from '../../engagements/LogEngagementProvider';
import { ErrorAlert } from '../../ui/ErrorAlert';
import { useDayFormatters } from '../../follow-ups/dates';
import { useNavigationItems } from '../navigation';
import { CommandSearchDocument } from './documents';
import type {
  CollaborationStatus,
  EngagementType,
  OrganizationKind,
  RecommendationStatus,
  SearchKind,
} from '../../gql/graphql';

/** Wait this long after the last keystroke before searching: one request per pause, not per letter. */
export const PALETTE_DEBOUNCE_MS = 250;
/** Records the palette shows, best first (the API ranks them across kinds). */
const HITS = 20;

type RecordGroup =
  'organizations' | 'people' | 'engagements' | 'collaborations' | 'recommendations' | 'dialogues';

/** Each kind of hit: its group, icon and page. */
const KINDS: Record<SearchKind, { group: RecordGroup; icon: ReactNode; path: string }> = {
  ORGANIZATION: { group: 'organizations', icon: <IconBuildingCommunity size={16} />, path: '/organizations' },
  PERSON: { group: 'people', icon: <IconUser size={16} />, path: '/people' },
  ENGAGEMENT: { group: 'engagements', icon: <IconMessages size={16} />, path: '/engagements' },
  COLLABORATION: { group: 'collaborations', icon: <IconUsersGroup size={16} />, path: '/collaborations' },
  RECOMMENDATION: { group: 'recommendations', icon: <IconBulb size={16} />, path: '/recommendations' },
  DIALOGUE: { group: 'dialogues', icon: <IconCalendarEvent size={16} />, path: '/dialogues' },
};

interface PaletteOption {
  id: string;
  group: 'commands' | RecordGroup;
  label: ReactNode;
  /** Plain text for filtering commands. */
  text?: string;
  detail?: string;
  icon: ReactNode;
  run: () => void;
}

/** Lower case without accents, so "reseau" finds "Réseau" and "cote" finds "Côte". */
function fold(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}

/**
 * The command palette (Ctrl/⌘-K): finds organisations, people, engagements, collaborations, recommendations and
 * Dialogues as one types — typos and missing accents forgiven, best matches first, grouped by kind in the order of
 * each kind's best match — and offers commands ("Go to Follow-ups", "Log engagement"). A combobox over a grouped
 * listbox: arrows move, Enter opens, Escape closes.
 */
export function CommandPalette({ opened, onClose }: { opened: boolean; onClose: () => void }) {
  const { t } = useTranslation(['translation', 'ui']);
  const can = useCan();
  const navigate = useNavigate();
  const logEngagement = useLogEngagement();
  const navigation = useNavigationItems();
  const days = useDayFormatters();
  const base = useId();
  const listboxId = `${base}-listbox`;
  const [query, setQuery] = useState('');
  const [debounced] = useDebouncedValue(query.trim(), PALETTE_DEBOUNCE_MS);
  const viewport = useRef<HTMLDivElement>(null);
  const close = () => {
    setQuery('');
    onClose();
  };

  const searching = debounced.length >= 2;
  const { data, previousData, loading, error } = useQuery(CommandSearchDocument, {
    skip: !opened || !searching,
    variables: { text: debounced, first: HITS },
  });
  const results = searching ? (data ?? (loading ? previousData : undefined)) : undefined;

  const go = (to: string) => () => {
    close();
    void navigate(to);
  };

  const options = useMemo<PaletteOption[]>(() => {
    const commands: PaletteOption[] = [
      ...(can('engagements.log')
        ? [
            {
              id: 'log-engagement',
              group: 'commands' as const,
              label: t('palette.logEngagement'),
              text: t('palette.logEngagement'),
              icon: <IconPlus size={16} />,
              run: () => {
                close();
                logEngagement.open();
              },
            },
          ]
        : []),
      ...navigation.map((item) => ({
        id: `go-${item.to}`,
        group: 'commands' as const,
        label: t('palette.goTo', { page: item.label }),
        text: `${t('palette.goTo', { page: item.label })} ${item.label}`,
        icon: <IconArrowRight size={16} />,
        run: go(item.to),
      })),
    ];
    const needle = fold(query.trim());
    const matching = needle ? commands.filter((c) => fold(c.text ?? '').includes(needle)) : commands;
    if (!results) return matching;

    const found: PaletteOption[] = results.search.map((hit) => {
      const kind = KINDS[hit.kind];
      const detail = {
        ORGANIZATION: [
          hit.category && t(`ui:enum.OrganizationKind.${hit.category as OrganizationKind}`),
          hit.secondary,
        ],
        PERSON: [hit.secondary],
        ENGAGEMENT: [
          hit.category && t(`ui:enum.EngagementType.${hit.category as EngagementType}`),
          hit.date && days.absolute(hit.date),
        ],
        COLLABORATION: [
          hit.category && t(`ui:enum.CollaborationStatus.${hit.category as CollaborationStatus}`),
        ],
        RECOMMENDATION: [
          hit.category && t(`ui:enum.RecommendationStatus.${hit.category as RecommendationStatus}`),
          hit.secondary,
        ],
        DIALOGUE: [hit.date && days.absolute(hit.date), hit.secondary],
      }[hit.kind];
      return {
        id: `${hit.kind.toLowerCase()}-${hit.id}`,
        group: kind.group,
        label: hit.acronym ? `${hit.label} (${hit.acronym})` : hit.label,
        detail: detail.filter(Boolean).join(' · ') || undefined,
        icon: kind.icon,
        run: go(`${kind.path}/${hit.id}`),
      };
    });
    // Grouped by kind, the groups in the order of their best hit (the API ranks hits best first).
    const order = [...new Set(found.map((o) => o.group))];
    found.sort((a, b) => order.indexOf(a.group) - order.indexOf(b.group));
    // Records first once there are some: that is what a search is for; commands stay reachable below.
    return [...found, ...matching];
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [results, query, navigation, t]);

  // The highlighted option: back to the first whenever the results change.
  const signature = `${debounced}|${options.map((o) => o.id).join(',')}`;
  const [highlight, setHighlight] = useState({ signature: '', index: 0 });
  const active = highlight.signature === signature ? highlight.index : 0;
  const setActive = (next: number | ((current: number) => number)) =>
    setHighlight({ signature, index: typeof next === 'function' ? next(active) : next });

  useEffect(() => {
    const element = document.getElementById(`${base}-option-${active}`);
    element?.scrollIntoView({ block: 'nearest' });
  }, [active, base]);

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (!options.length) return;
    if (event.key === 'ArrowDown') {
      event.preventDefault();
      setActive((i) => (i + 1) % options.length);
    } else if (event.key === 'ArrowUp') {
      event.preventDefault();
      setActive((i) => (i - 1 + options.length) % options.length);
    } else if (event.key === 'Home' && event.ctrlKey) {
      event.preventDefault();
      setActive(0);
    } else if (event.key === 'End' && event.ctrlKey) {
      event.preventDefault();
      setActive(options.length - 1);
    } else if (event.key === 'Enter') {
      event.preventDefault();
      options[active]?.run();
    }
  };

  const groups = [...new Set(options.map((o) => o.group))];
  const waiting = query.trim().length >= 2 && (query.trim() !== debounced || loading);
  const nothing = searching && !loading && results && options.every((o) => o.group === 'commands');

  return (
    <Modal
      opened={opened}
      onClose={close}
      title={t('palette.title')}
      closeButtonProps={{ 'aria-label': t('common.close') }}
      size="lg"
      yOffset="10vh"
      centered={false}
      padding="md"
    >
      <Stack gap="sm">
        <TextInput
          data-autofocus
          value={query}
          onChange={(event) => setQuery(event.currentTarget.value)}
          onKeyDown={onKeyDown}
          aria-label={t('palette.label')}
          placeholder={t('palette.placeholder')}
          leftSection={<IconSearch size={16} aria-hidden />}
          rightSection={waiting ? <Loader size={14} aria-hidden /> : null}
          role="combobox"
          aria-expanded={options.length > 0}
          aria-controls={listboxId}
          aria-autocomplete="list"
          aria-activedescendant={options.length ? `${base}-option-${active}` : undefined}
          autoComplete="off"
          spellCheck={false}
          size="md"
        />
        <Text size="sm" c="dimmed" role="status" aria-live="polite">
          {waiting
            ? t('palette.searching')
            : nothing
              ? t('palette.nothing', { query: debounced })
              : searching && results
                ? t('palette.found', { count: options.filter((o) => o.group !== 'commands').length })
                : t('palette.hint')}
        </Text>
        {error ? <ErrorAlert error={error} /> : null}
        <ScrollArea.Autosize mah="55vh" viewportRef={viewport} type="auto">
          <Box id={listboxId} role="listbox" aria-label={t('palette.results')}>
            {groups.map((group) => (
              <Box key={group} role="group" aria-labelledby={`${base}-group-${group}`} mb="sm">
                <Text
                  id={`${base}-group-${group}`}
                  size="xs"
                  fw={700}
                  c="dimmed"
                  tt="uppercase"
                  px="sm"
                  py={4}
                >
                  {t(`palette.groups.${group}`)}
                </Text>
                {options.map((option, index) =>
                  option.group === group ? (
                    <Group
                      key={option.id}
                      id={`${base}-option-${index}`}
                      role="option"
                      aria-selected={index === active}
                      wrap="nowrap"
                      gap="sm"
                      px="sm"
                      py={6}
                      onMouseDown={(event) => event.preventDefault()}
                      onMouseMove={() => setActive(index)}
                      onClick={option.run}
                      style={{
                        borderRadius: 'var(--mantine-radius-md)',
                        cursor: 'pointer',
                        background: index === active ? 'var(--mantine-color-un-0)' : undefined,
                        outline: index === active ? '1px solid var(--mantine-color-un-3)' : undefined,
                      }}
                    >
                      <ThemeIcon
                        variant="light"
                        color={option.group === 'commands' ? 'gray' : 'un'}
                        size={28}
                        aria-hidden
                      >
                        {option.icon}
                      </ThemeIcon>
                      <Stack gap={0} style={{ minWidth: 0, flex: 1 }}>
                        <Text size="sm" fw={500} truncate="end">
                          {option.label}
                        </Text>
                        {option.detail ? (
                          <Text size="xs" c="dimmed" truncate="end">
                            {option.detail}
                          </Text>
                        ) : null}
                      </Stack>
                      {index === active ? (
                        <Kbd size="xs" aria-hidden>
                          ↵
                        </Kbd>
                      ) : null}
                    </Group>
                  ) : null,
                )}
              </Box>
            ))}
          </Box>
        </ScrollArea.Autosize>
      </Stack>
    </Modal>
  );
}
