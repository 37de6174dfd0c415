// The table's shape and key templates without the AWS SDK: what infra needs to declare the
// table and the state machines' DynamoDB tasks.
export { activeJobKeys, jobKeys } from './keys.js';
export { GSI1, TABLE_DEFINITION, type TableDefinition } from './tableDefinition.js';
