import { randomUUID } from 'node:crypto';
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
import type { UpdateRequest, WriteResult, WriteScope } from '../write/curation-write';
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
import { addEvidence, type AddEvidenceRequest } from '../write/add-evidence';

type Write<Input> = (subject: string, input: Input) => Promise<WriteResult<NodeRecord>>;
type Update<Input> = (request: UpdateRequest<Input>) => Promise<WriteResult<NodeRecord>>;

/**
 * The curation side of the graph layer for resolvers: every write (each one transaction that
 * records its change, see curation-write.ts) and the change log. `subject` is who writes, as
 * the write guard admitted them; the graph layer does not check roles.
 */
export class CurationGraph {
  /**
   * `writeKey` null gives every write a fresh key; a key makes this instance's write happen at
   * most once (see WriteScope), so an instance with a key is for one write only (see `withKey`).
   */
  constructor(
    private readonly database: GraphDatabase,
    private readonly writeKey: string | null = null,
  ) {}

  /** The same graph for one write that must happen at most once under `writeKey`. */
  withKey(writeKey: string): CurationGraph {
    return new CurationGraph(this.database, writeKey);
  }

  private scope(): WriteScope {
    return { database: this.database, writeKey: this.writeKey ?? randomUUID() };
  }

  readonly addSource: Write<AddSourceInput> = (subject, input) => addSource(this.scope(), subject, input);
  readonly createClaim: Write<CreateClaimInput> = (subject, input) => createClaim(this.scope(), subject, input);
  readonly updateClaim: Update<UpdateClaimInput> = (request) => updateClaim(this.scope(), request);
  /** Retracts claim `id`; the update's input is the reason. */
  readonly retractClaim: Update<string> = (request) => retractClaim(this.scope(), request);
  readonly createEntity: Write<CreateEntityInput> = (subject, input) => createEntity(this.scope(), subject, input);
  readonly updateEntity: Update<EntityFieldsInput> = (request) => updateEntity(this.scope(), request);
  readonly createEvent: Write<CreateEventInput> = (subject, input) => createEvent(this.scope(), subject, input);
  readonly updateEvent: Update<EventFieldsInput> = (request) => updateEvent(this.scope(), request);
  /** Publishes draft claim `id` with the drafts it needs (see acceptClaim); the input is unused. */
  readonly acceptClaim: Update<null> = (request) => acceptClaim(this.scope(), request);
  /** Publishes one draft entity (see acceptEntity); the input is unused. */
  readonly acceptEntity: Update<null> = (request) => acceptEntity(this.scope(), request);

  /** Adds a participation, an event's place, part-of, based-in, leadership or a claim link. */
  addFactLink(request: AddFactLinkRequest): Promise<WriteResult<FactLinkNodes>> {
    return addFactLink(this.scope(), request);
  }

  /** Removes a fact link (see removeFactLink). */
  removeFactLink(request: RemoveFactLinkRequest): Promise<WriteResult<FactLinkNodes>> {
    return removeFactLink(this.scope(), request);
  }

  /** Adds a source's evidence to a fact stated already (see addEvidence). */
  addEvidence(request: AddEvidenceRequest): Promise<WriteResult<FactLinkNodes>> {
    return addEvidence(this.scope(), request);
  }

  mergeEntities(request: MergeRequest): Promise<WriteResult<NodeRecord>> {
    return mergeEntities(this.scope(), request);
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
