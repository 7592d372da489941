import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { buildSchema, validate, type DocumentNode } from 'graphql';
import { SCHEMA_PATH } from '../../server/graphql/schema.js';
import * as actions from '../../src/actions/documents.js';
import * as inviteForm from '../../src/actions/invite-form.js';
import * as elevated from '../../src/core/elevated-access.js';
import * as invitations from '../../src/workos-invitations/documents.js';
import * as members from '../../src/workos-members-table/documents.js';
import * as security from '../../src/workos-security-settings/documents.js';
import * as profile from '../../src/workos-user-profile/documents.js';

/** Every document the elements send, by the module that holds it. */
const modules: Record<string, Record<string, unknown>> = {
  actions,
  'invite form': inviteForm,
  'elevated access': elevated,
  'workos-invitations': invitations,
  'workos-members-table': members,
  'workos-security-settings': security,
  'workos-user-profile': profile,
};

function isDocument(value: unknown): value is DocumentNode {
  return typeof value === 'object' && value !== null && (value as DocumentNode).kind === 'Document';
}

function isOperation(document: DocumentNode) {
  return document.definitions.some((definition) => definition.kind === 'OperationDefinition');
}

describe('the elements’ GraphQL documents', () => {
  const schema = buildSchema(readFileSync(SCHEMA_PATH, 'utf8'));

  for (const [name, documents] of Object.entries(modules)) {
    for (const [exported, document] of Object.entries(documents)) {
      // A fragment is checked inside each operation that spreads it.
      if (!isDocument(document) || !isOperation(document)) continue;
      it(`${name}: ${exported} is valid against schema.graphql`, () => {
        const errors = validate(schema, document as DocumentNode);
        assert.deepEqual(
          errors.map((error) => error.message),
          [],
        );
      });
    }
  }

  it('are typed from the current schema: graphql-env.d.ts is up to date', () => {
    const fresh = join(mkdtempSync(join(tmpdir(), 'tada-')), 'graphql-env.d.ts');
    execFileSync('npx', ['gql-tada', 'generate', 'output', '--output', fresh], { stdio: 'ignore' });
    assert.equal(
      readFileSync('src/core/graphql-env.d.ts', 'utf8'),
      readFileSync(fresh, 'utf8'),
      'schema.graphql changed: run npm run codegen',
    );
  });

  it('catches a document that drifted from the schema', () => {
    const drifted = structuredClone(members.MembersQuery) as DocumentNode;
    const json = JSON.stringify(drifted).replace('"lastActivityAt"', '"lastSeenAt"');
    assert.notEqual(validate(schema, JSON.parse(json)).length, 0);
  });
});
