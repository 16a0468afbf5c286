import { Field, ID, Int, ObjectType } from '@nestjs/graphql';

/** The lists a view can be saved for; a new list joins here and in the table's check constraint. */
export const SAVED_VIEW_LISTS = ['organizations', 'people'] as const;
export type SavedViewList = (typeof SAVED_VIEW_LISTS)[number];

/** At most this many bytes of state (the URL search string, UTF-8). */
export const SAVED_VIEW_STATE_MAX_BYTES = 4096;

@ObjectType({ description: 'A named view of a list (filters, sort, columns, search), private to its user.' })
export class SavedView {
  @Field(() => ID)
  id: string;

  @Field({ description: 'The list it is a view of: organizations or people.' })
  list: string;

  @Field()
  name: string;

  @Field({
    description: 'The list state as a URL search string without "?", e.g. "q=peace&kind=CSO&sort=name".',
  })
  state: string;

  @Field()
  createdAt: Date;

  @Field()
  updatedAt: Date;

  @Field(() => Date, { nullable: true, description: 'Set when the view is deleted (restorable).' })
  deletedAt: Date | null;

  @Field(() => Int)
  version: number;
}
