import { Controller, Get, HttpCode, Res } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { Response } from 'express';
import type { DataSource } from 'typeorm';
import { migrationsApplied } from '../database/migrate';

/** For load balancers and orchestrators: `/health` = the process answers; `/ready` = it can serve requests. */
@Controller()
export class HealthController {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  @Get('health')
  @HttpCode(200)
  health() {
    return { status: 'ok' };
  }

  @Get('ready')
  async ready(@Res({ passthrough: true }) res: Response) {
    try {
      await this.db.query('SELECT 1');
    } catch {
      res.status(503);
      return { status: 'unavailable', reason: 'database unreachable' };
    }
    if (!(await migrationsApplied(this.db))) {
      res.status(503);
      return { status: 'unavailable', reason: 'migrations pending' };
    }
    return { status: 'ready' };
  }
}
