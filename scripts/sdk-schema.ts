/**
 * Renders sdk/schema.ts from the live contract: builds the app in-process (no
 * port, no database connection: the document only needs the routes) and turns
 * its `/openapi.json` into TypeScript types with openapi-typescript.
 */
import openapiTS, { astToString } from 'openapi-typescript';
import pino from 'pino';
import { loadConfig } from '../src/config/index.js';
import { createDb } from '../src/storage/database.js';
import { startTessera } from '../src/server.js';

/** Never connected to: building the routes and their schemas runs no query. */
const UNUSED_DATABASE_URL = 'postgres://unused@127.0.0.1:9/unused';

const HEADER = `/**
 * Types of the Tessera API, generated from /openapi.json by \`npm run sdk:generate\`.
 * Do not edit: a test fails when this file is out of date.
 */

`;

/** The OpenAPI document the server publishes at /openapi.json. */
export async function loadOpenApiDocument(): Promise<Record<string, unknown>> {
  const config = loadConfig(
    {
      DATABASE_URL: UNUSED_DATABASE_URL,
      TESSERA_SECRET: 'sdk-generate-sdk-generate-sdk-generate',
      TESSERA_ADMIN_TOKEN: 'tadm_sdk_generate_0123456789',
      TESSERA_ROLE: 'api',
      LOG_LEVEL: 'silent',
    },
    {},
  );
  const tessera = await startTessera(config, {
    logger: pino({ level: 'silent' }),
    database: { db: createDb({ url: UNUSED_DATABASE_URL, max: 1 }), embedded: null, url: UNUSED_DATABASE_URL },
    migrate: false,
  });
  try {
    const res = await tessera.app.inject({ method: 'GET', url: '/openapi.json' });
    if (res.statusCode !== 200) throw new Error(`GET /openapi.json answered ${res.statusCode}`);
    return res.json() as Record<string, unknown>;
  } finally {
    await tessera.stop();
  }
}

/** The text of sdk/schema.ts for the current contract. */
export async function renderSdkSchema(): Promise<string> {
  const doc = await loadOpenApiDocument();
  const ast = await openapiTS(doc as never, { alphabetize: true });
  return HEADER + astToString(ast);
}
