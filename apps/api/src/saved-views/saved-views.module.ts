import { Module } from '@nestjs/common';
import { SavedViewsResolver } from './saved-views.resolver';
import { SavedViewsService } from './saved-views.service';

@Module({
  providers: [SavedViewsService, SavedViewsResolver],
})
export class SavedViewsModule {}
