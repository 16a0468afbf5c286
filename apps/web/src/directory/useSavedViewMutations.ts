import type { ApolloCache } from '@apollo/client';
import { useApolloClient, useMutation } from '@apollo/client/react';
import type { SavedViewFieldsFragment } from '../gql/graphql';
import { hasErrorCode } from '../ui/errors';
import {
  CreateSavedViewDocument,
  DeleteSavedViewDocument,
  RestoreSavedViewDocument,
  SavedViewsDocument,
  UpdateSavedViewDocument,
} from './savedViewsDocuments';

export type DirectoryList = 'organizations' | 'people';
export type SavedViewItem = SavedViewFieldsFragment;

const byName = (a: SavedViewItem, b: SavedViewItem) =>
  a.name.localeCompare(b.name, undefined, { sensitivity: 'base' });

/** Rewrites the cached list of views (shared by the directory's query and the sidebar's). */
function updateList(
  cache: ApolloCache,
  list: DirectoryList,
  change: (views: SavedViewItem[]) => SavedViewItem[],
) {
  cache.updateQuery({ query: SavedViewsDocument, variables: { list } }, (data) =>
    data ? { ...data, savedViews: change(data.savedViews).sort(byName) } : data,
  );
}

/**
 * The saved-view mutations of one list, each keeping the cached list of views in step (no refetch). A stale
 * version (CONFLICT) reloads the list so the next attempt uses the current version; the caller keeps the
 * user's input and says so.
 */
export function useSavedViewMutations(list: DirectoryList) {
  const client = useApolloClient();
  const [createMutation] = useMutation(CreateSavedViewDocument);
  const [updateMutation] = useMutation(UpdateSavedViewDocument);
  const [deleteMutation] = useMutation(DeleteSavedViewDocument);
  const [restoreMutation] = useMutation(RestoreSavedViewDocument);

  const reloadOnConflict = async (error: unknown): Promise<never> => {
    if (hasErrorCode(error, 'CONFLICT'))
      await client.query({ query: SavedViewsDocument, variables: { list }, fetchPolicy: 'network-only' });
    throw error;
  };

  return {
    create: async (name: string, state: string) => {
      const result = await createMutation({
        variables: { input: { list, name, state } },
        update: (cache, { data }) => {
          if (data) updateList(cache, list, (views) => [...views, data.createSavedView]);
        },
      });
      if (!result.data) throw new Error('The saved view was not created.');
      return result.data.createSavedView;
    },
    update: async (view: SavedViewItem, changes: { name?: string; state?: string }) => {
      const result = await updateMutation({
        variables: { input: { id: view.id, version: view.version, ...changes } },
        update: (cache, { data }) => {
          if (data) updateList(cache, list, (views) => [...views]);
        },
      }).catch(reloadOnConflict);
      if (!result.data) throw new Error('The saved view was not changed.');
      return result.data.updateSavedView;
    },
    remove: async (view: SavedViewItem) => {
      const result = await deleteMutation({
        variables: { input: { id: view.id, version: view.version } },
        update: (cache, { data }) => {
          if (data) updateList(cache, list, (views) => views.filter((v) => v.id !== view.id));
        },
      }).catch(reloadOnConflict);
      if (!result.data) throw new Error('The saved view was not deleted.');
      return result.data.deleteSavedView;
    },
    restore: async (view: SavedViewItem) => {
      const result = await restoreMutation({
        variables: { id: view.id },
        update: (cache, { data }) => {
          if (data)
            updateList(cache, list, (views) => [
              ...views.filter((v) => v.id !== view.id),
              data.restoreSavedView,
            ]);
        },
      });
      if (!result.data) throw new Error('The saved view was not restored.');
      return result.data.restoreSavedView;
    },
  };
}
