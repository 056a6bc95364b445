#!/usr/bin/env node
// The `komar` command. Komar runs its TypeScript sources through tsx, so a
// checkout needs no build step for the server or the CLI.
import { register } from 'tsx/esm/api';

register();
await import('../src/cli/main.ts');
