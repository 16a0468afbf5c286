import { Global, Module } from '@nestjs/common';
import { OrganizationCountryResolver, PersonCountryResolver } from './country-fields.resolver';
import { ReferenceResolver } from './reference.resolver';
import { ReferenceService } from './reference.service';

/** Global: every domain validates country codes and themes through ReferenceService. */
@Global()
@Module({
  providers: [ReferenceService, ReferenceResolver, OrganizationCountryResolver, PersonCountryResolver],
  exports: [ReferenceService],
})
export class ReferenceModule {}
