/**
 * GraphQL documents and variables for the fuzzer, built from the schema: real
 * fields and arguments with plausible values, then, when asked, mutated —
 * values of the wrong type, nulls, huge strings, unicode, extreme numbers,
 * unknown fields, missing required arguments — and documents that are
 * broken, too deep, too wide or full of aliases and fragments.
 */
import {
  getNamedType,
  isEnumType,
  isInputObjectType,
  isLeafType,
  isListType,
  isNonNullType,
  isObjectType,
  isUnionType,
  type GraphQLField,
  type GraphQLInputType,
  type GraphQLOutputType,
  type GraphQLSchema,
} from 'graphql';
import type { Random } from './random.js';

/** Real values the fuzzer can put where an ID or a slug goes. */
export interface Pools {
  userIds: string[];
  emails: string[];
  organizationIds: string[];
  roleSlugs: string[];
  passkeyIds: string[];
  challengeIds: string[];
  /** Challenges of passkey registrations, which `verifyPasskey` answers. */
  registrationChallenges: string[];
  elevatedTokens: string[];
}

export interface Operation {
  query: string;
  variables: Record<string, unknown>;
  operationName?: string;
}

/**
 * Text that must never reach a response unless the server leaks it. The
 * generated values avoid it, since responses may echo what they were sent.
 */
export const UNICODE = [
  '😀',
  'é',
  'e\u0301',
  '\u202Eevil',
  'zero\u200Bwidth',
  '\uFEFFbom',
  'lone \ud800 surrogate',
  '𝕏𝕐ℤ',
  'Z̴̡̪a̵l̶g̴o̷',
  'nul\u0000byte',
  'line\nbreak\r\ttab',
  '中文名字',
  'العربية',
  'sep\u2028\u2029',
  '\u0007bell',
];

const HOSTILE = [
  '<script>alert(1)</script>',
  "Robert'); DROP TABLE users;--",
  '%',
  '_',
  '\\',
  '"',
  "' OR 1=1 --",
  '${7*7}',
  '{{7*7}}',
  '../../etc/passwd',
  'NEAR(a b)',
  'a OR b',
  '*',
  '"unbalanced',
  'null',
  'undefined',
  '__proto__',
  'constructor',
];

const NUMBERS = [
  -1, 0, -0, 1.5, 1e-7, 2_147_483_647, 2_147_483_648, -2_147_483_649, 9_007_199_254_740_993, 1e308,
  -1e308,
];

const NAMES = [
  'Ana',
  'Marisol',
  'Théo',
  'José María',
  "O'Brien",
  '  padded  ',
  '',
  'a'.repeat(101),
];
const LOCALES = ['en', 'fr-CA', 'pt-BR', 'EN-us', 'zh-Hant-TW', 'i-klingon', 'xx-', '123', ''];
const SEARCHES = ['ana', 'marisol', 'a', 'ex', 'ACME', 'vega', 'é', 'xyzzy', ''];

export class DocumentFuzzer {
  private count = 0;

  constructor(
    private readonly schema: GraphQLSchema,
    private readonly random: Random,
    private readonly pools: Pools,
  ) {}

  /** A query or mutation on real fields; `mutate` spoils some of it. */
  operation(mutate: boolean, only?: string): Operation {
    const { random } = this;
    const mutation = only !== undefined || random.chance(0.45);
    const root = mutation ? this.schema.getMutationType()! : this.schema.getQueryType()!;
    const fields = only
      ? [root.getFields()[only]!]
      : random.some(Object.values(root.getFields()), mutation ? 1 : 3);

    const variables: Record<string, unknown> = {};
    const declarations: string[] = [];
    const selections = fields.map((field, index) =>
      this.rootField(field, index, { variables, declarations }, mutate),
    );
    if (mutate && random.chance(0.1)) variables[`unused${random.int(0, 9)}`] = this.wrong();

    const operationName = `Fuzz${this.count++}`;
    const header = declarations.length ? `(${declarations.join(', ')})` : '';
    const kind = mutation ? 'mutation' : 'query';
    return {
      query: `${kind} ${operationName}${header} { ${selections.join(' ')} }`,
      variables,
      operationName: mutate && random.chance(0.05) ? 'NotThisOne' : operationName,
    };
  }

  /** One field of Query or Mutation with its arguments, as variables or literals. */
  private rootField(
    field: GraphQLField<unknown, unknown>,
    index: number,
    out: { variables: Record<string, unknown>; declarations: string[] },
    mutate: boolean,
  ) {
    const { random } = this;
    const args: string[] = [];
    for (const arg of field.args) {
      const required = isNonNullType(arg.type);
      if (!required && !random.chance(0.5)) continue;
      // Leaving out a required argument.
      if (required && mutate && random.chance(0.08)) continue;

      const value = this.value(arg.type, arg.name, mutate);
      if (random.chance(0.7)) {
        const variable = `${arg.name}${index}`;
        const declared = mutate && random.chance(0.08) ? this.wrongTypeName() : String(arg.type);
        out.declarations.push(`$${variable}: ${declared}`);
        if (!(mutate && random.chance(0.05))) out.variables[variable] = value;
        args.push(`${arg.name}: $${variable}`);
      } else {
        args.push(`${arg.name}: ${literal(value, arg.type)}`);
      }
    }
    if (mutate && random.chance(0.05)) args.push(`bogus: ${literal(this.wrong())}`);
    if (mutate && random.chance(0.03)) args.push(`undeclared: $nowhere`);

    const alias = index > 0 || random.chance(0.2) ? `f${index}: ` : '';
    const argText = args.length ? `(${args.join(', ')})` : '';
    return `${alias}${field.name}${argText}${this.selection(field.type, 0, mutate)}`;
  }

  /** A selection set for `type`: some of its fields, unions by inline fragments. */
  selection(type: GraphQLOutputType, depth: number, mutate: boolean): string {
    const { random } = this;
    const named = getNamedType(type);
    if (isLeafType(named)) return mutate && random.chance(0.03) ? ' { id }' : '';
    if (depth >= 4) return ' { __typename }';

    if (isUnionType(named)) {
      const members = random.some(named.getTypes(), 4);
      const fragments = members.map(
        (m) => `... on ${m.name}${this.selection(m, depth + 1, mutate)}`,
      );
      return ` { __typename ${fragments.join(' ')} }`;
    }
    if (isObjectType(named)) {
      const fields = random.some(Object.values(named.getFields()), 6);
      const parts = fields.map((f) => `${f.name}${this.selection(f.type, depth + 1, mutate)}`);
      if (mutate && random.chance(0.05)) {
        parts.push(random.pick(['nope', 'passwordHash', '__proto__', 'constructor', 'toString']));
      }
      return ` { ${parts.join(' ')} }`;
    }
    return ' { __typename }';
  }

  /** A value for an argument or input field of `type`. */
  value(type: GraphQLInputType, name: string, mutate: boolean): unknown {
    const { random } = this;
    if (mutate && random.chance(0.15)) return this.wrong();
    if (isNonNullType(type)) {
      if (mutate && random.chance(0.05)) return null;
      return this.present(type.ofType, name, mutate);
    }
    return random.chance(0.1) ? null : this.present(type, name, mutate);
  }

  private present(type: GraphQLInputType, name: string, mutate: boolean): unknown {
    const { random } = this;
    if (isNonNullType(type)) return this.present(type.ofType, name, mutate);
    if (isListType(type)) {
      const length = mutate && random.chance(0.05) ? random.int(100, 3_000) : random.int(1, 3);
      return Array.from({ length }, () => this.value(type.ofType, name, mutate));
    }
    if (isInputObjectType(type)) {
      const object: Record<string, unknown> = {};
      for (const field of Object.values(type.getFields())) {
        const required = isNonNullType(field.type);
        if (required && mutate && random.chance(0.1)) continue;
        if (!required && !random.chance(0.6)) continue;
        object[field.name] = this.value(field.type, field.name, mutate);
      }
      if (mutate && random.chance(0.1)) object[`unknown${random.int(0, 9)}`] = this.wrong();
      return object;
    }
    if (isEnumType(type)) {
      if (mutate && random.chance(0.1)) return random.pick(['NotAValue', 'asc', 'PENDING', '']);
      return random.pick(type.getValues()).name;
    }
    return this.scalar(type.name, name);
  }

  /** A plausible value, chosen by the argument's name, then by its type. */
  private scalar(typeName: string, name: string): unknown {
    const { random, pools } = this;
    const byName = this.named(name);
    if (byName !== undefined) return byName;

    switch (typeName) {
      case 'ID':
        return random.pick([...pools.userIds, ...pools.organizationIds, this.fakeId()]);
      case 'Int':
        return random.chance(0.7) ? random.int(0, 50) : random.pick(NUMBERS);
      case 'Boolean':
        return random.chance(0.5);
      case 'DateTime':
        return new Date(random.int(0, 4_000_000_000_000)).toISOString();
      case 'JSON':
        return this.json(random.int(0, 4));
      default:
        return this.text();
    }
  }

  /** A value for an argument whose name says what it holds, or undefined. */
  private named(name: string): unknown {
    const { random, pools } = this;
    const anyOf = (...lists: unknown[][]) => random.pick(lists.flat());
    switch (name) {
      case 'email':
      case 'newEmail':
        return this.email();
      case 'roleSlug':
      case 'roleSlugs':
        return anyOf(pools.roleSlugs, ['nope', '', 'ADMIN']);
      case 'firstName':
      case 'lastName':
      case 'name':
        return anyOf(NAMES, UNICODE, HOSTILE);
      case 'locale':
        return anyOf(LOCALES, UNICODE);
      case 'search':
        return anyOf(SEARCHES, UNICODE, HOSTILE);
      case 'code':
        return random.chance(0.8) ? random.string(6, '0123456789') : this.text();
      case 'after':
      case 'before':
        return this.cursor();
      case 'id':
        return anyOf(pools.userIds, pools.organizationIds, [this.fakeId(), '']);
      case 'userId':
        return anyOf(pools.userIds, [this.fakeId(), '', 'user_']);
      case 'passkeyId':
        return anyOf(pools.passkeyIds, [this.fakeId()]);
      case 'challengeId':
        return random.chance(0.7) ? random.pick(pools.registrationChallenges) : this.fakeId();
      case 'authenticationChallengeId':
        return anyOf(pools.challengeIds, [this.fakeId()]);
      case 'response':
        return this.registration();
      case 'elevatedAccessToken':
        return random.chance(0.7) ? random.pick(pools.elevatedTokens) : anyOf(['eat_bad', '']);
      case 'limit':
        return random.pick([1, 10, 25, 100, 0, 101, -1]);
      case 'expiresInDays':
        return random.pick([1, 7, 30, 0, 31, -5]);
      default:
        return undefined;
    }
  }

  private email() {
    const { random, pools } = this;
    return random.pick([
      `fuzz-${random.string(8)}@example.com`,
      random.pick(pools.emails),
      random.pick(pools.emails).toUpperCase(),
      `  fuzz-${random.string(4)}@Example.COM  `,
      `fuzz-${random.string(4)}@mail.invalid`,
      'no-at-sign',
      'a@b',
      '@example.com',
      'two@@example.com',
      `${'l'.repeat(70)}@example.com`,
      `${'d'.repeat(250)}@example.com`,
      'ü@exämple.com',
      `fuzz-${random.string(4)}+tag@example.com`,
    ]);
  }

  /** A cursor: one that looks like the API's, or something else entirely. */
  private cursor() {
    const { random } = this;
    const encode = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');
    return random.pick([
      encode(['2024-01-01T00:00:00.000Z', this.fakeId()]),
      encode(['', '']),
      encode([1, 2]),
      encode({ a: 1 }),
      encode(['a', 'b', 'c']),
      encode(Array.from({ length: 1_000 }, () => 'x')),
      'not-a-cursor',
      '%%%',
      '',
      random.string(40),
    ]);
  }

  /** Any JSON value, nested up to `depth`. */
  json(depth: number): unknown {
    const { random } = this;
    if (depth <= 0 || random.chance(0.3)) {
      return random.pick<unknown>([null, true, 0, -1.5, 'text', '', this.text()]);
    }
    if (random.chance(0.5)) {
      return Array.from({ length: random.int(0, 4) }, () => this.json(depth - 1));
    }
    const keys = ['id', 'rawId', 'type', 'response', 'clientDataJSON', 'attestationObject', 'x'];
    return Object.fromEntries(random.some(keys, 4).map((key) => [key, this.json(depth - 1)]));
  }

  /** A WebAuthn RegistrationResponseJSON, each part of it possibly wrong. */
  registration(): unknown {
    const { random } = this;
    const base64 = (text: string) => Buffer.from(text).toString('base64url');
    // The part as it should be, left out, or something else.
    const or = <T>(good: T) => {
      const roll = random.next();
      return roll < 0.6 ? good : roll < 0.8 ? undefined : this.json(2);
    };
    const id = base64(random.string(16));
    const clientData = {
      type: or('webauthn.create'),
      challenge: or(base64(random.string(32))),
      origin: or('http://localhost:5173'),
    };
    return {
      id: or(id),
      rawId: or(id),
      type: or('public-key'),
      response: or({
        clientDataJSON: or(base64(JSON.stringify(clientData))),
        attestationObject: or(base64(random.string(random.int(0, 300)))),
        transports: or(['internal']),
      }),
      clientExtensionResults: or({}),
    };
  }

  /** A string of some kind: plain, unicode, hostile, empty or long. */
  text(): string {
    const { random } = this;
    switch (random.int(0, 4)) {
      case 0:
        return random.pick(UNICODE);
      case 1:
        return random.pick(HOSTILE);
      case 2:
        return random.string(random.int(1_000, 20_000));
      default:
        return random.string(random.int(0, 24));
    }
  }

  fakeId() {
    const prefix = this.random.pick(['user', 'org', 'session', 'passkey', 'auth_challenge', 'x']);
    return `${prefix}_${this.random.string(26, '0123456789ABCDEFGHJKMNPQRSTVWXYZ')}`;
  }

  /** A value of the wrong kind for most places. */
  wrong(): unknown {
    const { random } = this;
    return random.pick<() => unknown>([
      () => random.string(random.int(1_000, 60_000)),
      () => random.pick(UNICODE),
      () => random.pick(NUMBERS),
      () => random.chance(0.5),
      () => ({}),
      () => ({ nested: { deeper: [1, 'two', null] } }),
      () => [],
      () => [null],
      () => '',
      () => '   ',
      () => null,
    ])();
  }

  private wrongTypeName() {
    return this.random.pick(['String', 'Int!', '[ID!]', 'Boolean', 'NoSuchType', 'JSON']);
  }

  /**
   * One of the mutations that check a code, a token or a WebAuthn response,
   * with a live elevated token and challenge most of the time, so that the
   * checks themselves get the fuzzed values.
   */
  ceremony(): Operation {
    const field = this.random.pick([
      'verifyPasskey',
      'verifyPasskey',
      'verifyTotp',
      'verifyCurrentEmail',
      'sendEmailChange',
      'confirmEmailChange',
      'deletePasskey',
      'registerPasskey',
    ]);
    return this.operation(this.random.chance(0.3), field);
  }

  /** A document the parser or validator must refuse, or that strains them. */
  broken(): string {
    const { random } = this;
    const valid = this.operation(false).query;
    switch (random.int(0, 7)) {
      case 0:
        return valid.slice(0, random.int(0, valid.length - 1));
      case 1: {
        const at = random.int(0, valid.length);
        const junk = random.pick(['{', '}', '(', ')', '$', '@', '...', '"', '#', ':', '!', '\\']);
        return valid.slice(0, at) + junk + valid.slice(at);
      }
      case 2:
        return `query { ${random.pick(['nope', 'users', 'me { password }', 'me(id: 1) { id }'])} }`;
      case 3:
        return `${valid} ${valid}`;
      case 4:
        return 'subscription S { me { id } }';
      case 5:
        return random.string(random.int(0, 200), '{}()[]:$@!."#\n abcXYZ019');
      case 6:
        return `query Q($x: ID!, $x: ID!) { user(id: $x) { id } }`;
      default:
        return `{ me { id } } fragment F on User { id ...F }`;
    }
  }

  /** Nested selections: introspection's ofType chains, or unknown fields. */
  deep(): string {
    const { random } = this;
    const depth = random.int(10, 600);
    if (random.chance(0.5)) {
      const chain = (n: number): string => (n ? `ofType { name ${chain(n - 1)} }` : 'name');
      return `{ __schema { types { fields { type { ${chain(Math.min(depth, 150))} } } } } }`;
    }
    return `{ ${'a { '.repeat(depth)}b${' }'.repeat(depth)} }`;
  }

  /** Many fields, repeated fields, or big pages. */
  wide(): string {
    const { random } = this;
    const n = random.int(20, 900);
    switch (random.int(0, 2)) {
      case 0:
        return `{ me { ${'id email '.repeat(n)} } }`;
      case 1: {
        const page = 'data { id email roles { slug name } } listMetadata { after }';
        return `{ ${Array.from(
          { length: Math.min(n, 15) },
          (_, i) => `m${i}: organizationMemberships(limit: 100) { ${page} }`,
        ).join(' ')} }`;
      }
      default:
        return `{ ${Object.keys(this.schema.getQueryType()!.getFields())
          .filter((name) => !['user', 'organization', 'effectivePermissions'].includes(name))
          .map((name) => `${name}${this.selection(this.rootType(name), 0, false)}`)
          .join(' ')} }`;
    }
  }

  private rootType(name: string) {
    return this.schema.getQueryType()!.getFields()[name]!.type;
  }

  /** Aliases by the dozen, of queries or of a mutation. */
  aliases(): string {
    const { random } = this;
    const n = random.chance(0.5) ? random.int(2, 15) : random.int(16, 400);
    if (random.chance(0.5)) {
      return `{ ${Array.from({ length: n }, (_, i) => `a${i}: me { id }`).join(' ')} }`;
    }
    const email = `alias-${random.string(6)}@example.com`;
    const one = `inviteUser(input: { email: "${email}" }) { __typename }`;
    return `mutation { ${Array.from({ length: n }, (_, i) => `a${i}: ${one}`).join(' ')} }`;
  }

  /** Fragments that multiply, cycle or pile up directives. */
  fragments(): string {
    const { random } = this;
    switch (random.int(0, 3)) {
      case 0: {
        // Each fragment spreads the previous one twice: 2^n fields if expanded.
        const n = random.int(5, 30);
        const defs = [`fragment F0 on Query { me { id email } }`];
        for (let i = 1; i <= n; i++)
          defs.push(`fragment F${i} on Query { ...F${i - 1} ...F${i - 1} }`);
        return `query Q { ...F${n} } ${defs.join(' ')}`;
      }
      case 1:
        return `query Q { me { ...A } } fragment A on User { id ...B } fragment B on User { ...A }`;
      case 2: {
        const n = random.int(1, 60);
        return `query Q { me @include(if: true) { id ${'@skip(if: false) '.repeat(n)} } }`;
      }
      default:
        return `query Q { me { ...U } } fragment U on Nope { id }`;
    }
  }
}

/** A value written as a GraphQL literal; enum values bare where the type says so. */
export function literal(value: unknown, type?: GraphQLInputType): string {
  const named = type ? getNamedType(type) : undefined;
  if (value === null || value === undefined) return 'null';
  if (typeof value === 'string') {
    const bare = named && isEnumType(named) && /^[_A-Za-z]\w*$/.test(value);
    return bare ? value : JSON.stringify(value);
  }
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : 'null';
  if (typeof value === 'boolean') return String(value);

  const inner = type && (isNonNullType(type) ? type.ofType : type);
  if (Array.isArray(value)) {
    const item = inner && isListType(inner) ? inner.ofType : undefined;
    return `[${value.map((v) => literal(v, item)).join(', ')}]`;
  }
  const fields = inner && isInputObjectType(inner) ? inner.getFields() : {};
  const entries = Object.entries(value as Record<string, unknown>);
  return `{${entries.map(([k, v]) => `${k}: ${literal(v, fields[k]?.type)}`).join(', ')}}`;
}
