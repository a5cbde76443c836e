import type { ChangeRecord } from '../change-record';
import type { GraphDatabase } from '../graph-database';
import type { NodeRecord } from '../node-record';
import { findLatestSequence, listChanges, type ChangeFilter } from '../read/list-changes';
import { addSource } from './add-source';
import { createClaim, retractClaim, updateClaim } from './claim-writes';
import type {
  AddSourceInput,
  CreateClaimInput,
  CreateEntityInput,
  CreateEventInput,
  EntityFieldsInput,
  EventFieldsInput,
  UpdateClaimInput,
} from './curation-inputs';
import type { WriteResult } from './curation-write';
import { createEntity, updateEntity } from './entity-writes';
import { createEvent, updateEvent } from './event-writes';
import { mergeEntities } from './merge-entities';

type Write<Input> = (subject: string, input: Input) => Promise<WriteResult<NodeRecord>>;
type Update<Input> = (
  subject: string,
  id: string,
  expectedVersion: number,
  input: Input,
) => Promise<WriteResult<NodeRecord>>;

/**
 * The curation side of the graph layer for resolvers: every write (each one transaction that
 * records its change, see curation-write.ts) and the change log. `subject` is who writes, as
 * the write guard admitted them; the graph layer does not check roles.
 */
export class CurationGraph {
  constructor(private readonly database: GraphDatabase) {}

  readonly addSource: Write<AddSourceInput> = (subject, input) => addSource(this.database, subject, input);
  readonly createClaim: Write<CreateClaimInput> = (subject, input) => createClaim(this.database, subject, input);
  readonly updateClaim: Update<UpdateClaimInput> = (subject, id, version, input) =>
    updateClaim(this.database, subject, id, version, input);
  readonly createEntity: Write<CreateEntityInput> = (subject, input) => createEntity(this.database, subject, input);
  readonly updateEntity: Update<EntityFieldsInput> = (subject, id, version, input) =>
    updateEntity(this.database, subject, id, version, input);
  readonly createEvent: Write<CreateEventInput> = (subject, input) => createEvent(this.database, subject, input);
  readonly updateEvent: Update<EventFieldsInput> = (subject, id, version, input) =>
    updateEvent(this.database, subject, id, version, input);

  retractClaim(subject: string, id: string, reason: string, expectedVersion: number) {
    return retractClaim(this.database, subject, id, reason, expectedVersion);
  }

  mergeEntities(subject: string, keep: string, merge: string) {
    return mergeEntities(this.database, subject, keep, merge);
  }

  /** Changes in sequence order (see listChanges). */
  changes(filter: ChangeFilter): Promise<ChangeRecord[]> {
    return listChanges(this.database, filter);
  }

  /** The sequence number of the last committed change, 0 before any. */
  latestSequence(): Promise<number> {
    return findLatestSequence(this.database);
  }
}
