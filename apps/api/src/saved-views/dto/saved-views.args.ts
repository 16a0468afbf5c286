import { ArgsType, Field } from '@nestjs/graphql';
import { IsBoolean, IsIn, IsOptional } from 'class-validator';
import { SAVED_VIEW_LISTS } from '../saved-view.model';

@ArgsType()
export class SavedViewsArgs {
  @Field({ description: 'organizations or people.' })
  @IsIn(SAVED_VIEW_LISTS, { message: `must be one of ${SAVED_VIEW_LISTS.join(', ')}` })
  list: string;

  @Field(() => Boolean, { nullable: true, description: 'True: only deleted views (to restore).' })
  @IsOptional()
  @IsBoolean()
  trash?: boolean;
}
