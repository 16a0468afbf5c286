import { Module } from '@nestjs/common';
import { SessionsModule } from '../auth/sessions.module';
import { ImportsController } from './imports.controller';
import { ImportsResolver } from './imports.resolver';
import { ImportsService } from './imports.service';

@Module({
  imports: [SessionsModule],
  controllers: [ImportsController],
  providers: [ImportsService, ImportsResolver],
  exports: [ImportsService],
})
export class ImportsModule {}
