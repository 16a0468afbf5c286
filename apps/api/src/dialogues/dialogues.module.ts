import { Module } from '@nestjs/common';
import { OrganizationsModule } from '../organizations/organizations.module';
import { DialoguesResolver } from './dialogues.resolver';

@Module({ imports: [OrganizationsModule], providers: [DialoguesResolver] })
export class DialoguesModule {}
