import { Module } from '@nestjs/common';
import { OrganizationHistoryResolver, PersonHistoryResolver } from './history.resolver';
import { HistoryService } from './history.service';

@Module({ providers: [HistoryService, OrganizationHistoryResolver, PersonHistoryResolver] })
export class HistoryModule {}
