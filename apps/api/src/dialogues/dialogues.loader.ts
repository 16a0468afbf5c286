import DataLoader from 'dataloader';
import { In, type DataSource } from 'typeorm';
import { byKeys, groupByKeys } from '../graphql/request-loaders';
import { DialogueParticipationSessionEntity } from './dialogue-participation-session.entity';
import { DialogueParticipationEntity } from './dialogue-participation.entity';
import { DialogueSessionEntity } from './dialogue-session.entity';
import { DialogueEntity } from './dialogue.entity';
import type { DialogueRepresentation } from './dialogue.model';
import { countRepresentation, presentRepresentation } from './representation';

/** Dialogues by id, deleted ones included (a participation in a Dialogue in the trash still names it). */
export const dialogueById = (db: DataSource) =>
  new DataLoader<string, DialogueEntity | null>(async (ids) => {
    const rows = await db
      .getRepository(DialogueEntity)
      .find({ where: { id: In([...ids]) }, withDeleted: true });
    return byKeys(
      ids,
      rows,
      (r) => r.id,
      null,
      (r) => r,
    );
  });

/** Live sessions of each Dialogue, in programme order: by day, position, start time. */
export const sessionsByDialogue = (db: DataSource) =>
  new DataLoader<string, DialogueSessionEntity[]>(async (ids) => {
    const rows = await db.getRepository(DialogueSessionEntity).find({
      where: { dialogueId: In([...ids]) },
      order: { date: 'ASC', order: 'ASC', startTime: { direction: 'ASC', nulls: 'FIRST' }, title: 'ASC' },
    });
    return groupByKeys(ids, rows, (r) => r.dialogueId);
  });

/** Live sessions each participation spoke at, in programme order. */
export const sessionsByParticipation = (db: DataSource) =>
  new DataLoader<string, DialogueSessionEntity[]>(async (ids) => {
    const links = await db
      .getRepository(DialogueParticipationSessionEntity)
      .createQueryBuilder('ps')
      .innerJoinAndSelect('ps.session', 's', 's.deleted_at IS NULL')
      .where('ps.participation_id IN (:...ids)', { ids })
      .orderBy('s.date', 'ASC')
      .addOrderBy('s.sort_order', 'ASC')
      .addOrderBy('s.start_time', 'ASC', 'NULLS FIRST')
      .getMany();
    return groupByKeys(ids, links, (l) => l.participationId).map((list) =>
      list.flatMap((l) => (l.session ? [l.session] : [])),
    );
  });

/** Live participations in live Dialogues, newest Dialogue first, for a person or an organisation. */
function participationsBy(
  column: 'person_id' | 'organization_id',
  keyOf: (p: DialogueParticipationEntity) => string | null,
) {
  return (db: DataSource) =>
    new DataLoader<string, DialogueParticipationEntity[]>(async (ids) => {
      const rows = await db
        .getRepository(DialogueParticipationEntity)
        .createQueryBuilder('dp')
        .innerJoin(DialogueEntity, 'd', 'd.id = dp.dialogue_id AND d.deleted_at IS NULL')
        .where(`dp.${column} IN (:...ids)`, { ids })
        .orderBy('d.number', 'DESC')
        .addOrderBy('dp.created_at', 'ASC')
        .getMany();
      return groupByKeys(ids, rows, (r) => keyOf(r) ?? '');
    });
}

export const participationsByPerson = participationsBy('person_id', (p) => p.personId);
export const participationsByOrganization = participationsBy('organization_id', (p) => p.organizationId);

/** Representation figures of each Dialogue, computed together: one pass over their participants. */
export const representationByDialogue = (db: DataSource) =>
  new DataLoader<string, DialogueRepresentation>(async (ids) => {
    const { rows, previous } = await countRepresentation(db, ids);
    return ids.map((id) =>
      presentRepresentation(
        rows.filter((r) => r.dialogue_id === id),
        previous.get(id) ?? null,
      ),
    );
  });
