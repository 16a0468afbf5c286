export {
  RecordHistory,
  HistoryChanges,
  humanizeField,
  type RecordHistoryConnection,
  type RecordHistoryProps,
} from './RecordHistory';
export { RecordHistoryEntryFragment } from './historyDocuments';
