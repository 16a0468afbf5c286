import DataLoader from 'dataloader';
import { groupByKeys } from '../graphql/request-loaders';
import type { ConsentEventRow, ConsentsService } from './consents.service';

/** Consent events by person, oldest first: one query per batch of people. */
export const consentEventsByPerson = (consents: ConsentsService) =>
  new DataLoader<string, ConsentEventRow[]>(async (ids) =>
    groupByKeys(ids, await consents.eventsOf(ids), (e) => e.personId),
  );
