#!/usr/bin/env node
// The `duizhao` command. It runs the TypeScript sources through tsx, so it works right after
// `npm install` with no build step.
import { register } from 'tsx/esm/api';

register();
await import('./main.ts');
