import { Inject, Injectable, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import type { Logger } from 'pino';
import type { AppConfig } from '../config/config';
import { APP_CONFIG, APP_LOGGER } from '../config/config.tokens';
import { RetentionService } from './retention.service';

/**
 * Runs the retention job inside the app: checks every `RETENTION_CHECK_MINUTES` whether it is due (daily) and
 * runs it. Every instance checks; the job's row lock makes only one run it. A job runner can replace this class
 * by calling RetentionService.run itself.
 */
@Injectable()
export class RetentionScheduler implements OnApplicationBootstrap, OnApplicationShutdown {
  private timer: NodeJS.Timeout | undefined;
  private running: Promise<unknown> | undefined;

  constructor(
    @Inject(RetentionService) private readonly retention: RetentionService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Inject(APP_LOGGER) private readonly logger: Logger,
  ) {}

  onApplicationBootstrap(): void {
    const minutes = this.config.retentionCheckMinutes;
    if (!minutes) return;
    this.timer = setInterval(() => void this.runIfDue(), minutes * 60_000);
    this.timer.unref();
  }

  async onApplicationShutdown(): Promise<void> {
    clearInterval(this.timer);
    await this.running;
  }

  async runIfDue(): Promise<void> {
    if (this.running) return;
    this.running = this.retention
      .run()
      .then((result) => {
        if (result.ran)
          this.logger.info({ outcome: result.job.lastOutcome, summary: result.summary }, 'Retention job ran');
      })
      .catch((error: Error) => this.logger.error(`Retention job failed: ${error.message}`))
      .finally(() => (this.running = undefined));
    await this.running;
  }
}
