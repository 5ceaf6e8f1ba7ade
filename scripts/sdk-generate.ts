/** `npm run sdk:generate`: writes sdk/schema.ts from the contract (see sdk-schema.ts). */
import fs from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { renderSdkSchema } from './sdk-schema.js';

const target = fileURLToPath(new URL('../sdk/schema.ts', import.meta.url));
await fs.writeFile(target, await renderSdkSchema());
process.stdout.write(`wrote ${target}\n`);
