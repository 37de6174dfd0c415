// Entry for the CDK CLI (cdk.json: `npx tsx infra/app.ts`); the CLI passes outdir and context.
import { createApp } from './createApp.js';

createApp().app.synth();
