// Entry for the CDK CLI (cdk.json: `npx tsx --conditions=source infra/app.ts`, on the packages'
// sources); the CLI passes outdir and context.
import { createApp } from './createApp.js';

createApp().app.synth();
