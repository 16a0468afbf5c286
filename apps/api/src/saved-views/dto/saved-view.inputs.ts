import { applyDecorators } from '@nestjs/common';
import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { IsIn, IsInt, IsOptional, IsString, IsUUID, Length, Min } from 'class-validator';
import { Trim } from '../../common/validation';
import { SAVED_VIEW_LISTS } from '../saved-view.model';
import { ViewState } from '../view-state';

const ListName = () => IsIn(SAVED_VIEW_LISTS, { message: `must be one of ${SAVED_VIEW_LISTS.join(', ')}` });

const ViewName = () =>
  applyDecorators(Trim(), IsString(), Length(1, 80, { message: 'must be 1 to 80 characters' }));

@InputType()
export class CreateSavedViewInput {
  @Field({ description: 'organizations or people.' })
  @ListName()
  list: string;

  @Field({ description: '1 to 80 characters, unique among your live views of the list.' })
  @ViewName()
  name: string;

  @Field({ description: 'The URL search string (without "?"), at most 4 KB.' })
  @ViewState()
  state: string;
}

@InputType({ description: 'Rename a view and/or replace its state; give the version you read.' })
export class UpdateSavedViewInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'is not a saved view id' })
  id: string;

  @Field(() => Int, { description: 'The version you read; a newer one on the server gives CONFLICT.' })
  @IsInt()
  @Min(1)
  version: number;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @ViewName()
  name?: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @ViewState()
  state?: string;
}
