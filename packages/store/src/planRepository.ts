import type { Plan, Route, Session } from '@baeum/model';
import {
  type DynamoDBDocumentClient,
  GetCommand,
  PutCommand,
  QueryCommand,
  type QueryCommandInput,
  UpdateCommand,
} from '@aws-sdk/lib-dynamodb';
import { batchWriteAll, type BatchWriteOptions } from './batchWrite.js';
import {
  isConditionalCheckFailed,
  PlanAlreadyPublishedError,
  PlanNotFoundError,
  PlanNotPublishableError,
  PlanVersionExistsError,
  StoredDataCorruptError,
} from './errors.js';
import { planKeys, publishedKeys } from './keys.js';
import { assemblePlan, headerItem, partItems, planContentHash, type PlanHeaderItem } from './planItems.js';
import { queryAll } from './queryAll.js';
import { GSI1 } from './tableDefinition.js';

export interface PlanRepositoryOptions {
  batch?: BatchWriteOptions;
  /** Called between the parts and the header of a save (the crash tests stop the process there). */
  afterParts?: (planId: string) => Promise<void>;
  /** Items per Query page (default: DynamoDB's 1 MB pages). */
  pageSize?: number;
}

/**
 * Plans as immutable versions: parts (sessions, routes, unmet) are batch-written first and the
 * header LAST, so a plan is visible only once complete (get() looks for the header first).
 * Publishing is the one mutation: a conditional PUBLISHED item per region-week, then the
 * header's status.
 */
export class PlanRepository {
  constructor(
    private readonly doc: DynamoDBDocumentClient,
    private readonly tableName: string,
    private readonly options: PlanRepositoryOptions = {},
  ) {}

  /** Stores a new plan version. Re-saving the same content is a no-op; other content under the id is refused. */
  async save(plan: Plan): Promise<void> {
    const existing = await this.header(plan.planId);
    if (existing) return this.checkSameContent(existing, plan);
    await batchWriteAll(
      this.doc,
      this.tableName,
      partItems(plan).map((Item) => ({ PutRequest: { Item } })),
      this.options.batch,
    );
    await this.options.afterParts?.(plan.planId);
    try {
      await this.doc.send(
        new PutCommand({
          TableName: this.tableName,
          Item: headerItem(plan, new Date().toISOString()),
          ConditionExpression: 'attribute_not_exists(pk)',
        }),
      );
    } catch (error) {
      if (!isConditionalCheckFailed(error)) throw error;
      const winner = await this.header(plan.planId);
      if (winner) return this.checkSameContent(winner, plan);
      throw error;
    }
  }

  /** True once the plan's header is written, i.e. the plan is visible (one GetItem, no parts read). */
  async exists(planId: string): Promise<boolean> {
    return (await this.header(planId)) !== undefined;
  }

  async get(planId: string): Promise<Plan | undefined> {
    const header = await this.header(planId);
    if (!header) return undefined;
    const parts = await this.parts(planId, planKeys.partPrefix);
    const plan = assemblePlan(header, parts);
    const { counts } = header;
    if (
      plan.sessions.length !== counts.sessions ||
      plan.routes.length !== counts.routes ||
      plan.unmet.length !== counts.unmet
    ) {
      throw new StoredDataCorruptError(`plan ${planId}`, 'stored parts do not match the header counts');
    }
    return plan;
  }

  /**
   * The newest plan version of a region-week, or of the region's latest week when no week is
   * given (GSI1: `PLANS#region`, sort key `week#createdAt#planId`).
   */
  async latest(regionId: string, week?: string): Promise<Plan | undefined> {
    const input: QueryCommandInput = {
      TableName: this.tableName,
      IndexName: GSI1,
      KeyConditionExpression: week ? 'gsi1pk = :pk AND begins_with(gsi1sk, :week)' : 'gsi1pk = :pk',
      ExpressionAttributeValues: {
        ':pk': planKeys.gsi1pk(regionId),
        ...(week ? { ':week': planKeys.gsi1WeekPrefix(week) } : {}),
      },
      ScanIndexForward: false,
      Limit: 1,
    };
    const { Items } = await this.doc.send(new QueryCommand(input));
    const newest = Items?.[0] as PlanHeaderItem | undefined;
    return newest ? this.get(newest.plan.planId) : undefined;
  }

  /**
   * The published plan of a region-week, if any. The PUBLISHED marker is the source of truth:
   * if a publish stopped between the marker and the header update, the plan is still reported
   * as published (and a retried publish finishes the header).
   */
  async published(regionId: string, week: string): Promise<Plan | undefined> {
    const planId = await this.publishedPlanId(regionId, week);
    const plan = planId ? await this.get(planId) : undefined;
    return plan ? { ...plan, status: 'published' } : undefined;
  }

  /**
   * The header (everything but sessions, routes and unmet) of the region-week's plan in force:
   * the published one, else the newest. Two small reads instead of a whole plan, for views that
   * only name the plan and its KPIs.
   */
  async inForceHeader(
    regionId: string,
    week: string,
  ): Promise<Omit<Plan, 'sessions' | 'routes' | 'unmet'> | undefined> {
    const publishedId = await this.publishedPlanId(regionId, week);
    if (publishedId) {
      const header = await this.header(publishedId);
      return header ? { ...header.plan, status: 'published' } : undefined;
    }
    const { Items } = await this.doc.send(
      new QueryCommand({
        TableName: this.tableName,
        IndexName: GSI1,
        KeyConditionExpression: 'gsi1pk = :pk AND begins_with(gsi1sk, :week)',
        ExpressionAttributeValues: { ':pk': planKeys.gsi1pk(regionId), ':week': planKeys.gsi1WeekPrefix(week) },
        ScanIndexForward: false,
        Limit: 1,
      }),
    );
    return (Items?.[0] as PlanHeaderItem | undefined)?.plan;
  }

  /**
   * Publishes a ready plan. Exactly one plan per region-week can win: the PUBLISHED item is put
   * only if absent. Publishing the already-published plan again returns it (a retry is safe).
   */
  /**
   * Publishes a ready plan as the one in force for its region-week. With none in force it
   * becomes it; a repair of the plan in force (its basePlanId) replaces that plan atomically, a
   * conditional write on the version in force, so of two repairs published at once exactly one
   * wins; anything else is refused naming the plan in force. The replaced plan is marked
   * `superseded`.
   */
  async publish(planId: string): Promise<Plan> {
    const header = await this.header(planId);
    if (!header) throw new PlanNotFoundError(planId);
    const { regionId, week, status, basePlanId } = header.plan;
    if (status !== 'ready' && status !== 'published') throw new PlanNotPublishableError(planId, status);
    const publishedAt = new Date().toISOString();
    const inForce = await this.publishedPlanId(regionId, week);
    const replaces = inForce !== undefined && inForce !== planId && inForce === basePlanId ? inForce : undefined;
    try {
      await this.doc.send(
        new PutCommand({
          TableName: this.tableName,
          Item: { pk: publishedKeys.pk(regionId, week), sk: publishedKeys.sk, planId, regionId, week, publishedAt },
          ConditionExpression: replaces ? 'planId = :inForce' : 'attribute_not_exists(pk)',
          ...(replaces ? { ExpressionAttributeValues: { ':inForce': replaces } } : {}),
        }),
      );
    } catch (error) {
      if (!isConditionalCheckFailed(error)) throw error;
      const winner = await this.publishedPlanId(regionId, week);
      // Our own earlier attempt (crashed before the header update) counts as ours: finish it.
      if (winner !== planId) throw new PlanAlreadyPublishedError(regionId, week, winner ?? '?', planId);
    }
    if (replaces) await this.setStatus(replaces, 'superseded');
    await this.doc.send(
      new UpdateCommand({
        TableName: this.tableName,
        Key: { pk: planKeys.pk(planId), sk: planKeys.headerSk },
        UpdateExpression: 'SET #plan.#status = :published, publishedAt = if_not_exists(publishedAt, :at)',
        ExpressionAttributeNames: { '#plan': 'plan', '#status': 'status' },
        ExpressionAttributeValues: { ':published': 'published', ':at': publishedAt },
      }),
    );
    const plan = await this.get(planId);
    if (!plan) throw new PlanNotFoundError(planId);
    return plan;
  }

  /** The plan versions of a region-week, oldest first, without their lists (header fields and KPIs). */
  async versions(regionId: string, week: string): Promise<Array<Omit<Plan, 'sessions' | 'routes' | 'unmet'>>> {
    const items = (await queryAll(
      this.doc,
      {
        TableName: this.tableName,
        IndexName: GSI1,
        KeyConditionExpression: 'gsi1pk = :pk AND begins_with(gsi1sk, :week)',
        ExpressionAttributeValues: { ':pk': planKeys.gsi1pk(regionId), ':week': planKeys.gsi1WeekPrefix(week) },
      },
      this.options.pageSize,
    )) as unknown as PlanHeaderItem[];
    const inForce = await this.publishedPlanId(regionId, week);
    return items.map((item) => ({
      ...item.plan,
      status: item.plan.planId === inForce ? 'published' : item.plan.status,
    }));
  }

  private async setStatus(planId: string, status: Plan['status']): Promise<void> {
    await this.doc.send(
      new UpdateCommand({
        TableName: this.tableName,
        Key: { pk: planKeys.pk(planId), sk: planKeys.headerSk },
        UpdateExpression: 'SET #plan.#status = :status',
        ExpressionAttributeNames: { '#plan': 'plan', '#status': 'status' },
        ExpressionAttributeValues: { ':status': status },
      }),
    );
  }

  async sessionsOfCenter(planId: string, centerId: string): Promise<Session[]> {
    return this.filteredParts<Session>(planId, 'P#SESSION#', 'centerId = :id', centerId);
  }

  /** Sessions an instructor teaches (the instructor's calendar). */
  async sessionsOfInstructor(planId: string, instructorId: string): Promise<Session[]> {
    return this.filteredParts<Session>(planId, 'P#SESSION#', 'contains(instructorIds, :id)', instructorId);
  }

  /** A bus's day routes (dispatchers). */
  async routesOfBus(planId: string, busId: string): Promise<Route[]> {
    return this.filteredParts<Route>(planId, 'P#ROUTE#', 'busId = :id', busId);
  }

  /** Sessions on a bus (dispatchers). */
  async sessionsOfBus(planId: string, busId: string): Promise<Session[]> {
    return this.filteredParts<Session>(planId, 'P#SESSION#', 'busId = :id', busId);
  }

  private async filteredParts<T>(planId: string, prefix: string, filter: string, id: string): Promise<T[]> {
    if (!(await this.header(planId))) throw new PlanNotFoundError(planId);
    const items = await queryAll(
      this.doc,
      {
        TableName: this.tableName,
        KeyConditionExpression: 'pk = :pk AND begins_with(sk, :prefix)',
        FilterExpression: filter,
        ExpressionAttributeValues: { ':pk': planKeys.pk(planId), ':prefix': prefix, ':id': id },
      },
      this.options.pageSize,
    );
    return items.map((item) => item.data as T);
  }

  private async header(planId: string): Promise<PlanHeaderItem | undefined> {
    const { Item } = await this.doc.send(
      new GetCommand({
        TableName: this.tableName,
        Key: { pk: planKeys.pk(planId), sk: planKeys.headerSk },
        ConsistentRead: true,
      }),
    );
    return Item as PlanHeaderItem | undefined;
  }

  private parts(planId: string, prefix: string): Promise<Record<string, unknown>[]> {
    return queryAll(
      this.doc,
      {
        TableName: this.tableName,
        KeyConditionExpression: 'pk = :pk AND begins_with(sk, :prefix)',
        ExpressionAttributeValues: { ':pk': planKeys.pk(planId), ':prefix': prefix },
        ConsistentRead: true,
      },
      this.options.pageSize,
    );
  }

  private async publishedPlanId(regionId: string, week: string): Promise<string | undefined> {
    const { Item } = await this.doc.send(
      new GetCommand({
        TableName: this.tableName,
        Key: { pk: publishedKeys.pk(regionId, week), sk: publishedKeys.sk },
        ConsistentRead: true,
      }),
    );
    return Item?.planId as string | undefined;
  }

  private checkSameContent(existing: PlanHeaderItem, plan: Plan): void {
    if (existing.contentHash !== planContentHash(plan)) throw new PlanVersionExistsError(plan.planId);
  }
}
