import { ScanCommand } from '@aws-sdk/lib-dynamodb';
import { createDynamoClients } from '@baeum/store';
import { createHash } from 'node:crypto';

/** Every item of the table as `pk sk -> sha256 of the item`, read by Scan (all pages). */
export async function tableItems(endpoint: string, tableName: string): Promise<Map<string, string>> {
  const { doc, client } = createDynamoClients({ endpoint, region: 'ap-northeast-2' });
  const items = new Map<string, string>();
  let start: Record<string, unknown> | undefined;
  try {
    do {
      const page = await doc.send(new ScanCommand({ TableName: tableName, ExclusiveStartKey: start }));
      for (const item of page.Items ?? [])
        items.set(`${item.pk} ${item.sk}`, createHash('sha256').update(JSON.stringify(item)).digest('hex'));
      start = page.LastEvaluatedKey;
    } while (start);
  } finally {
    client.destroy();
  }
  return items;
}

/** Keys added, removed or changed between two reads of the table. */
export function tableChanges(before: Map<string, string>, after: Map<string, string>): string[] {
  const changed: string[] = [];
  for (const [key, hash] of after) if (before.get(key) !== hash) changed.push(key);
  for (const key of before.keys()) if (!after.has(key)) changed.push(`-${key}`);
  return changed;
}
