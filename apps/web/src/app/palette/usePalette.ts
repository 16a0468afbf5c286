import { createContext, useContext } from 'react';

export interface PaletteApi {
  open: () => void;
}

export const PaletteContext = createContext<PaletteApi>({ open: () => undefined });

/** Opens the command palette (as Ctrl/⌘-K does) from a page: Home's "Search" quick action, say. */
export function usePalette(): PaletteApi {
  return useContext(PaletteContext);
}
