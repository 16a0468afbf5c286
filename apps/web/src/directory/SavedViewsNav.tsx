import { useQuery } from '@apollo/client/react';
import { NavLink, Stack } from '@mantine/core';
import { IconBookmark } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router';
import { DIRECTORY_SPECS } from './directorySpecs';
import { viewStateOf } from './listState';
import { SavedViewsDocument } from './savedViewsDocuments';
import type { DirectoryList } from './useSavedViewMutations';

/**
 * The signed-in user's saved views of a list, as links (for the sidebar, under the list's own entry). The
 * current view is marked. Renders nothing while loading or when there are none.
 */
export function SavedViewsNav({ list }: { list: DirectoryList }) {
  const { t } = useTranslation('directory');
  const location = useLocation();
  const base = `/${list}`;
  // On the list's own page, its query brings the views: wait for them in the cache rather than ask twice.
  const { data } = useQuery(SavedViewsDocument, {
    variables: { list },
    fetchPolicy: location.pathname === base ? 'cache-only' : 'cache-first',
  });
  const views = data?.savedViews ?? [];
  if (views.length === 0) return null;
  const current =
    location.pathname === base
      ? viewStateOf(new URLSearchParams(location.search), DIRECTORY_SPECS[list])
      : null;
  return (
    <Stack gap={0} component="ul" aria-label={t('views.navLabel')} m={0} p={0} style={{ listStyle: 'none' }}>
      {views.map((view) => {
        const state = viewStateOf(new URLSearchParams(view.state), DIRECTORY_SPECS[list]);
        return (
          <li key={view.id}>
            <NavLink
              component={Link}
              to={view.state ? `${base}?${view.state}` : base}
              label={view.name}
              active={current === state}
              aria-current={current === state ? 'page' : undefined}
              leftSection={<IconBookmark size={14} aria-hidden />}
              ps="lg"
              py={4}
              fz="sm"
            />
          </li>
        );
      })}
    </Stack>
  );
}
