import { RecommendationStatus } from '@convene/domain';
import { Check, Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import { BaseRecordEntity } from '../common/base-record.entity';
import { DialogueEntity } from '../dialogues/dialogue.entity';
import { PolicyProcessEntity } from '../reference/reference.entities';

/** Where a recommendation shows up in a text: e.g. A/RES/79/1, para. 23. */
export interface RecommendationEvidenceValue {
  documentSymbol: string;
  paragraph: string | null;
  url: string | null;
  note: string | null;
  date: string | null;
}

/**
 * A recommendation that came out of a Dialogue, tracked into a policy process. Contributors (organisations,
 * people) live in join tables replaced as a set; evidence entries are owned values kept as a validated jsonb list.
 * From REFLECTED_IN_DRAFT on, the database itself refuses a recommendation without evidence.
 */
@Entity('recommendations')
@Index('recommendations_themes_idx', { synchronize: false })
// Search: GIN trigram and prefix indexes on the folded text (see the Search migration), created by hand.
@Index('recommendations_search_idx', { synchronize: false })
@Index('recommendations_search_prefix_idx', { synchronize: false })
@Index('recommendations_created_idx', ['createdAt', 'id'])
@Check(
  'recommendations_evidenced',
  `status NOT IN ('REFLECTED_IN_DRAFT', 'IN_FINAL_TEXT', 'IMPLEMENTED') OR jsonb_array_length(evidence) > 0`,
)
export class RecommendationEntity extends BaseRecordEntity {
  @Column({ type: 'text' })
  title: string;

  @Column({ type: 'text', nullable: true })
  body: string | null;

  @Index('recommendations_dialogue_idx')
  @Column({ name: 'dialogue_id', type: 'uuid' })
  dialogueId: string;

  @ManyToOne(() => DialogueEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'dialogue_id' })
  dialogue?: DialogueEntity;

  /** The policy process it targets (policy_processes.key). */
  @Index('recommendations_policy_process_idx')
  @Column({ name: 'policy_process', type: 'text', nullable: true })
  policyProcess: string | null;

  @ManyToOne(() => PolicyProcessEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'policy_process', referencedColumnName: 'key' })
  policyProcessRecord?: PolicyProcessEntity;

  @Index('recommendations_status_idx')
  @Column({
    type: 'enum',
    enum: RecommendationStatus,
    enumName: 'recommendation_status',
    default: RecommendationStatus.SUBMITTED,
  })
  status: RecommendationStatus;

  /** Theme keys. */
  @Column({ type: 'text', array: true, default: () => "'{}'" })
  themes: string[];

  @Column({ type: 'jsonb', default: () => "'[]'" })
  evidence: RecommendationEvidenceValue[];

  /** The searched text, folded (see the Search migration): set by a trigger, never written or read by the ORM. */
  @Column({ name: 'search_text', type: 'text', nullable: true, select: false, insert: false, update: false })
  searchText?: string | null;
}
