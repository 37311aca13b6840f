#!/usr/bin/env node
// Runs the TypeScript CLI on plain Node 20 without a build step: tsx's loader compiles it on import.
import { register } from 'tsx/esm/api';

register();
await import(new URL('../lib/cli/main.ts', import.meta.url).href);
