export { ConflictDialog, valuesDiffer, type ConflictDialogProps, type ConflictField } from './ConflictDialog';
export {
  useConflictResolution,
  type ConflictChoice,
  type ConflictOptions,
  type SaveOutcome,
  type VersionedRecord,
} from './useConflictResolution';
