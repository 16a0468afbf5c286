export {
  RecordPicker,
  RECORD_PICKER_DEBOUNCE_MS,
  RECORD_PICKER_LIMIT,
  type RecordPickerProps,
} from './RecordPicker';
export {
  ColleaguePicker,
  ColleagueSelect,
  type ColleaguePickerProps,
  type ColleagueSelectProps,
} from './ColleaguePicker';
export { CreateRecordPanel, ORGANIZATION_KINDS } from './CreateRecordPanel';
export {
  idsByKind,
  optionValue,
  pickedOrganization,
  pickedPerson,
  primaryOrganizationOf,
  RECORD_KINDS,
  type PickedRecord,
  type RecordKind,
} from './records';
export { useResolvedRecords } from './useResolvedRecords';
