import { Module } from '@nestjs/common';
import { DashboardRollups } from './dashboard-rollups';
import { DashboardResolver } from './dashboard.resolver';
import { DashboardService } from './dashboard.service';

@Module({ providers: [DashboardService, DashboardRollups, DashboardResolver], exports: [DashboardRollups] })
export class DashboardModule {}
