export {
  RecordHistory,
  HistoryChanges,
  humanizeField,
  type RecordHistoryConnection,
  type RecordHistoryProps,
} from './RecordHistory';
export { RecordHistoryEntryFragment } from './historyDocuments';
export { HistoryDialog, parseHistoryValue, type HistoryDialogProps } from './HistoryDialog';
export {
  useRecordHistory,
  HISTORY_PAGE_SIZE,
  type HistoryQuery,
  type HistoryVariables,
} from './useRecordHistory';
export { RecordHistoryOf } from './RecordHistoryOf';
