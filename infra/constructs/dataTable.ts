import { RemovalPolicy } from 'aws-cdk-lib';
import { AttributeType, Billing, ProjectionType, TableV2, type Attribute } from 'aws-cdk-lib/aws-dynamodb';
import { Construct } from 'constructs';
// @baeum/store/table, not the package's main door (which pulls in the AWS SDK): this plain object
// is the one key schema shared with the local table, so the two cannot drift.
import { TABLE_DEFINITION } from '@baeum/store/table';

type KeyDefinition = { readonly name: string; readonly type: 'S' | 'N' | 'B' };

const ATTRIBUTE_TYPES: Record<KeyDefinition['type'], AttributeType> = {
  S: AttributeType.STRING,
  N: AttributeType.NUMBER,
  B: AttributeType.BINARY,
};

function attributeOf(key: KeyDefinition): Attribute {
  return { name: key.name, type: ATTRIBUTE_TYPES[key.type] };
}

/** The single baeum table (TableV2), built from the store's TABLE_DEFINITION. */
export class DataTable extends Construct {
  readonly table: TableV2;

  constructor(scope: Construct, id: string) {
    super(scope, id);
    this.table = new TableV2(this, 'Table', {
      partitionKey: attributeOf(TABLE_DEFINITION.partitionKey),
      sortKey: attributeOf(TABLE_DEFINITION.sortKey),
      // On-demand: demand intake is bursty (weekly deadlines) and idle in between.
      billing: Billing.onDemand(),
      pointInTimeRecoverySpecification: { pointInTimeRecoveryEnabled: true },
      timeToLiveAttribute: TABLE_DEFINITION.timeToLiveAttribute,
      globalSecondaryIndexes: TABLE_DEFINITION.globalSecondaryIndexes.map((index) => ({
        indexName: index.indexName,
        partitionKey: attributeOf(index.partitionKey),
        sortKey: attributeOf(index.sortKey),
        projectionType: ProjectionType[index.projection],
      })),
      // Published plans are records of what was promised to learners: keep them.
      removalPolicy: RemovalPolicy.RETAIN,
    });
  }
}
