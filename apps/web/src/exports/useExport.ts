import { useCallback, useEffect, useRef, useState } from 'react';
import type { AppError } from '../ui/errors';
import {
  ExportError,
  fetchExport,
  saveFile,
  type ExportFormat,
  type ExportProgress,
  type ExportRequest,
} from './exportFile';

export interface ExportState {
  /** The format being exported, while an export runs. */
  running: ExportFormat | null;
  progress: ExportProgress | null;
  error: AppError | null;
  /** Rows in the last finished export, for the confirmation. */
  finished: { rows: number | null; filename: string; leftOut: number } | null;
}

const IDLE: ExportState = { running: null, progress: null, error: null, finished: null };

/** Runs one export at a time for a list: progress while it streams, the error if it fails, then the download. */
export function useExport(request: ExportRequest) {
  const [state, setState] = useState<ExportState>(IDLE);
  const abort = useRef<AbortController | null>(null);
  useEffect(() => () => abort.current?.abort(), []);

  const start = useCallback(
    async (format: ExportFormat) => {
      abort.current?.abort();
      const controller = new AbortController();
      abort.current = controller;
      setState({ running: format, progress: null, error: null, finished: null });
      try {
        const file = await fetchExport(
          request,
          format,
          (progress) => setState((s) => ({ ...s, progress })),
          controller.signal,
        );
        if (controller.signal.aborted) return;
        saveFile(file.blob, file.filename);
        setState({
          ...IDLE,
          finished: { rows: file.totalRows, filename: file.filename, leftOut: file.leftOut },
        });
      } catch (error) {
        if (controller.signal.aborted) return;
        const appError: AppError =
          error instanceof ExportError ? error.appError : { code: 'UNKNOWN', message: '', fields: [] };
        setState({ ...IDLE, error: appError });
      }
    },
    [request],
  );

  const dismissError = useCallback(() => setState((s) => ({ ...s, error: null })), []);
  return { ...state, start, dismissError };
}
