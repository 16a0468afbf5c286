import { Inject } from '@nestjs/common';
import { Args, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { PageArgs } from '../common/pagination';
import { CONSENT_HISTORY_FIELDS } from '../consents/consent-history';
import { Organization, ORGANIZATION_PROTECTED_FIELDS } from '../organizations/organization.model';
import { Person, PERSON_PROTECTED_FIELDS } from '../people/person.model';
import { HistoryEntryConnection } from './history.model';
import { HistoryService } from './history.service';

// The risk level itself is protection data: only visible to those who see risk levels.
const withRisk = (fields: readonly string[], riskVisible: boolean) =>
  riskVisible ? fields : [...fields, 'riskLevel'];

@Resolver(() => Organization)
export class OrganizationHistoryResolver {
  constructor(@Inject(HistoryService) private readonly histories: HistoryService) {}

  @ResolveField(() => HistoryEntryConnection, { description: 'Every change, newest first.' })
  history(@Parent() org: Organization, @Args() page: PageArgs) {
    const withheld = org.withheld.length ? ORGANIZATION_PROTECTED_FIELDS : [];
    return this.histories.forRecord('organization', org.id, page, withRisk(withheld, org.riskLevel !== null));
  }
}

@Resolver(() => Person)
export class PersonHistoryResolver {
  constructor(@Inject(HistoryService) private readonly histories: HistoryService) {}

  @ResolveField(() => HistoryEntryConnection, { description: 'Every change, newest first.' })
  history(@Parent() person: Person, @Args() page: PageArgs) {
    // Masked contact details (a protected person's, until revealed) stay masked in the history too; consent
    // changes are as protected as the person.
    const withheld = person.withheld.length
      ? [...PERSON_PROTECTED_FIELDS, ...CONSENT_HISTORY_FIELDS]
      : person.masked;
    return this.histories.forRecord('person', person.id, page, withRisk(withheld, person.riskLevel !== null));
  }
}
