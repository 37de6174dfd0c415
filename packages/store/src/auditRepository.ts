import type { AuditEntry } from '@baeum/model';
import { type DynamoDBDocumentClient, PutCommand } from '@aws-sdk/lib-dynamodb';
import { auditKeys } from './keys.js';
import { queryAll } from './queryAll.js';

/**
 * The audit log: one item per accepted write, `AUDIT#<region>` sorted by time, so a
 * coordinator reads a period of their region in one Query. Entries carry ids only.
 */
export class AuditRepository {
  constructor(
    private readonly doc: DynamoDBDocumentClient,
    private readonly tableName: string,
  ) {}

  async record(entry: AuditEntry): Promise<void> {
    await this.doc.send(
      new PutCommand({
        TableName: this.tableName,
        Item: { pk: auditKeys.pk(entry.regionId), sk: auditKeys.sk(entry.at, entry.requestId), entry },
      }),
    );
  }

  /** Entries of a region from `from` to `to` (instants, inclusive), oldest first. */
  async list(regionId: string, from: string, to: string): Promise<AuditEntry[]> {
    const items = await queryAll(this.doc, {
      TableName: this.tableName,
      KeyConditionExpression: 'pk = :pk AND sk BETWEEN :from AND :to',
      ExpressionAttributeValues: { ':pk': auditKeys.pk(regionId), ':from': from, ':to': `${to}~` },
      ConsistentRead: true,
    });
    return items.map((item) => item.entry as AuditEntry);
  }
}
