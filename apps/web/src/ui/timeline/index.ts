export {
  Timeline,
  timelineVariables,
  useTimelinePeriod,
  type TimelineConnection,
  type TimelinePeriod,
  type TimelineProps,
} from './Timeline';
export { TimelineCycleFragment, TimelineItemFragment } from './timelineDocuments';
