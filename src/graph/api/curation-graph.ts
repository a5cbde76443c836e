import { acceptClaim, acceptEntity } from '../write/accept-claim';
import type { ChangeRecord } from '../change-record';
import type { GraphDatabase } from '../graph-database';
import type { NodeRecord } from '../write/node-record';
import { findLatestSequence, listChanges, type ChangeFilter } from '../read/list-changes';
import { addSource } from '../write/add-source';
import { createClaim, retractClaim } from '../write/claim-writes';
import { updateClaim } from '../write/update-claim';
import type {
  AddSourceInput,
  CreateClaimInput,
  CreateEntityInput,
  CreateEventInput,
  EntityFieldsInput,
  EventFieldsInput,
  UpdateClaimInput,
} from '../write/curation-inputs';
import type { UpdateRequest, WriteResult } from '../write/curation-write';
import { createEntity, updateEntity } from '../write/entity-writes';
import { createEvent, updateEvent } from '../write/event-writes';
import {
  addFactLink,
  removeFactLink,
  type AddFactLinkRequest,
  type FactLinkNodes,
  type RemoveFactLinkRequest,
} from '../write/fact-link-writes';
import { mergeEntities, type MergeRequest } from '../write/merge-entities';

type Write<Input> = (subject: string, input: Input) => Promise<WriteResult<NodeRecord>>;
type Update<Input> = (request: UpdateRequest<Input>) => Promise<WriteResult<NodeRecord>>;

/**
 * The curation side of the graph layer for resolvers: every write (each one transaction that
 * records its change, see curation-write.ts) and the change log. `subject` is who writes, as
 * the write guard admitted them; the graph layer does not check roles.
 */
export class CurationGraph {
  constructor(private readonly database: GraphDatabase) {}

  readonly addSource: Write<AddSourceInput> = (subject, input) => addSource(this.database, subject, input);
  readonly createClaim: Write<CreateClaimInput> = (subject, input) => createClaim(this.database, subject, input);
  readonly updateClaim: Update<UpdateClaimInput> = (request) => updateClaim(this.database, request);
  /** Retracts claim `id`; the update's input is the reason. */
  readonly retractClaim: Update<string> = (request) => retractClaim(this.database, request);
  /** Publishes draft claim `id` with the drafts it needs (see acceptClaim); the input is unused. */
  readonly acceptClaim: Update<null> = (request) => acceptClaim(this.database, request);
  /** Publishes one draft entity (see acceptEntity); the input is unused. */
  readonly acceptEntity: Update<null> = (request) => acceptEntity(this.database, request);
  readonly createEntity: Write<CreateEntityInput> = (subject, input) => createEntity(this.database, subject, input);
  readonly updateEntity: Update<EntityFieldsInput> = (request) => updateEntity(this.database, request);
  readonly createEvent: Write<CreateEventInput> = (subject, input) => createEvent(this.database, subject, input);
  readonly updateEvent: Update<EventFieldsInput> = (request) => updateEvent(this.database, request);

  /** Adds a participation, an event's place, part-of, based-in, leadership or a claim link. */
  addFactLink(request: AddFactLinkRequest): Promise<WriteResult<FactLinkNodes>> {
    return addFactLink(this.database, request);
  }

  /** Removes a fact link (see removeFactLink). */
  removeFactLink(request: RemoveFactLinkRequest): Promise<WriteResult<FactLinkNodes>> {
    return removeFactLink(this.database, request);
  }

  mergeEntities(request: MergeRequest): Promise<WriteResult<NodeRecord>> {
    return mergeEntities(this.database, request);
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
