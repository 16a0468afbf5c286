import { Module } from '@nestjs/common';
import { OrganizationsModule } from '../organizations/organizations.module';
import { PeopleModule } from '../people/people.module';
import { AccessGrantResolver, AccessLogResolver, ProtectionResolver } from './protection.resolver';
import { ProtectionService } from './protection.service';

/** Need-to-know: named grants, reveals with a reason, "restrict now" and the access log. */
@Module({
  imports: [OrganizationsModule, PeopleModule],
  providers: [ProtectionService, ProtectionResolver, AccessGrantResolver, AccessLogResolver],
})
export class ProtectionModule {}
