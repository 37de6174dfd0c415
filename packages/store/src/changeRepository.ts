import { randomUUID } from 'node:crypto';
import type { Actor, Change, ChangeReport } from '@baeum/model';
import { type DynamoDBDocumentClient, PutCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import { changeKeys } from './keys.js';
import { queryAll } from './queryAll.js';

/**
 * Changes reported after a plan was published, per region-week: stored at once as pending,
 * marked applied when a published repair includes them. Items `CHANGES#<region>#<week>`, sort key
 * `<reportedAt>#<changeId>`, so a region-week's reports read back in the order they came.
 */
export class ChangeRepository {
  constructor(
    private readonly doc: DynamoDBDocumentClient,
    private readonly tableName: string,
  ) {}

  async report(
    regionId: string,
    week: string,
    change: Change,
    reportedBy: Actor,
    note?: string,
  ): Promise<ChangeReport> {
    const changeId = `chg-${randomUUID()}`;
    const report: ChangeReport = {
      changeId,
      regionId,
      week,
      change: { ...change, id: changeId },
      reportedBy,
      reportedAt: new Date().toISOString(),
      ...(note ? { note } : {}),
      status: 'pending',
    };
    await this.doc.send(
      new PutCommand({
        TableName: this.tableName,
        Item: { pk: changeKeys.pk(regionId, week), sk: changeKeys.sk(report.reportedAt, changeId), report },
        ConditionExpression: 'attribute_not_exists(pk)',
      }),
    );
    return report;
  }

  async list(regionId: string, week: string): Promise<ChangeReport[]> {
    const items = await queryAll(this.doc, {
      TableName: this.tableName,
      KeyConditionExpression: 'pk = :pk',
      ExpressionAttributeValues: { ':pk': changeKeys.pk(regionId, week) },
      ConsistentRead: true,
    });
    return items.map((item) => item.report as ChangeReport);
  }

  /** Marks the reports a published plan included as applied in it (reports already applied are left alone). */
  async markApplied(regionId: string, week: string, changeIds: readonly string[], planId: string): Promise<number> {
    const wanted = new Set(changeIds);
    const reports = (await this.list(regionId, week)).filter((r) => wanted.has(r.changeId) && r.status === 'pending');
    for (const r of reports) {
      await this.doc.send(
        new UpdateCommand({
          TableName: this.tableName,
          Key: { pk: changeKeys.pk(regionId, week), sk: changeKeys.sk(r.reportedAt, r.changeId) },
          UpdateExpression: 'SET #report.#status = :applied, #report.appliedIn = :plan',
          ExpressionAttributeNames: { '#report': 'report', '#status': 'status' },
          ExpressionAttributeValues: { ':applied': 'applied', ':plan': planId },
        }),
      );
    }
    return reports.length;
  }
}
