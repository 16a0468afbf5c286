import { useQuery } from '@apollo/client/react';
import { useMemo } from 'react';
import { EngagementReferenceDocument } from './documents';

/** Themes and policy processes with their names in the user's language, and lookups by key. */
export function useEngagementReference() {
  const { data, loading, error } = useQuery(EngagementReferenceDocument);
  return useMemo(() => {
    const themes = data?.themes ?? [];
    const policyProcesses = data?.policyProcesses ?? [];
    const themeNames = new Map(themes.map((theme) => [theme.key, theme.name]));
    const processNames = new Map(policyProcesses.map((process) => [process.key, process.name]));
    return {
      loading,
      error,
      themes,
      policyProcesses,
      dialogueCycles: data?.dialogueCycles ?? [],
      regions: data?.regions ?? [],
      themeName: (key: string) => themeNames.get(key) ?? key,
      processName: (key: string) => processNames.get(key) ?? key,
    };
  }, [data, loading, error]);
}
