import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';

export interface DynamoClientOptions {
  /** A local endpoint (dynalite, DynamoDB Local): fake credentials are used with it. */
  endpoint?: string;
  region?: string;
}

export interface DynamoClients {
  client: DynamoDBClient;
  doc: DynamoDBDocumentClient;
}

/**
 * The low-level client (table admin) and the document client (repositories). Against a local
 * endpoint the credentials are fake: dynalite checks none, and a developer's machine may have
 * no AWS profile at all.
 */
export function createDynamoClients(options: DynamoClientOptions = {}): DynamoClients {
  const region = options.region ?? process.env.AWS_REGION ?? 'ap-northeast-2';
  const client = options.endpoint
    ? new DynamoDBClient({
        region,
        endpoint: options.endpoint,
        credentials: { accessKeyId: 'local', secretAccessKey: 'local' },
      })
    : new DynamoDBClient({ region });
  const doc = DynamoDBDocumentClient.from(client, {
    // Optional contract fields are absent, not null: drop undefined instead of failing.
    marshallOptions: { removeUndefinedValues: true },
  });
  return { client, doc };
}
