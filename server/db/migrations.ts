/**
 * Schema of the store, one entry per version. A database records the last
 * version applied in `PRAGMA user_version`; start-up applies the rest in order.
 * Never edit an entry that has shipped: append a new one.
 *
 * Times are ISO 8601 strings in UTC, which sort as text in time order.
 */
export const migrations: string[] = [
  `
  CREATE TABLE organizations (
    id TEXT PRIMARY KEY,
    name TEXT NOT NULL,
    allow_profiles_outside INTEGER NOT NULL DEFAULT 0,
    multiple_roles INTEGER NOT NULL DEFAULT 0,
    invites_blocked INTEGER NOT NULL DEFAULT 0,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
  );

  CREATE TABLE users (
    id TEXT PRIMARY KEY,
    email TEXT NOT NULL UNIQUE COLLATE NOCASE,
    email_verified INTEGER NOT NULL DEFAULT 0,
    email_managed_by_provider INTEGER NOT NULL DEFAULT 0,
    first_name TEXT,
    last_name TEXT,
    profile_picture_url TEXT,
    locale TEXT,
    password_set INTEGER NOT NULL DEFAULT 0,
    password_last_used_at TEXT,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    -- search_fold() is registered by the server when it opens the database.
    search_text TEXT GENERATED ALWAYS AS (
      search_fold(coalesce(first_name, '') || ' ' || coalesce(last_name, '') || ' ' || email)
    ) STORED
  );

  -- Trigrams of every user's search text: finds a substring of three or more
  -- characters without reading every member.
  CREATE VIRTUAL TABLE users_search USING fts5 (
    search_text, content = 'users', tokenize = 'trigram'
  );
  CREATE TRIGGER users_search_insert AFTER INSERT ON users BEGIN
    INSERT INTO users_search (rowid, search_text) VALUES (new.rowid, new.search_text);
  END;
  CREATE TRIGGER users_search_delete AFTER DELETE ON users BEGIN
    INSERT INTO users_search (users_search, rowid, search_text)
      VALUES ('delete', old.rowid, old.search_text);
  END;
  CREATE TRIGGER users_search_update AFTER UPDATE OF first_name, last_name, email ON users BEGIN
    INSERT INTO users_search (users_search, rowid, search_text)
      VALUES ('delete', old.rowid, old.search_text);
    INSERT INTO users_search (rowid, search_text) VALUES (new.rowid, new.search_text);
  END;

  CREATE TABLE permissions (
    id TEXT PRIMARY KEY,
    slug TEXT NOT NULL UNIQUE,
    name TEXT NOT NULL,
    description TEXT,
    system INTEGER NOT NULL DEFAULT 0,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
  );
  CREATE INDEX permissions_page ON permissions (created_at, id);

  CREATE TABLE roles (
    id TEXT PRIMARY KEY,
    slug TEXT NOT NULL UNIQUE,
    name TEXT NOT NULL,
    description TEXT,
    is_default INTEGER NOT NULL DEFAULT 0,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
  );

  CREATE TABLE role_permissions (
    role_id TEXT NOT NULL REFERENCES roles (id) ON DELETE CASCADE,
    permission_id TEXT NOT NULL REFERENCES permissions (id) ON DELETE CASCADE,
    PRIMARY KEY (role_id, permission_id)
  ) WITHOUT ROWID;

  CREATE TABLE memberships (
    id TEXT PRIMARY KEY,
    organization_id TEXT NOT NULL REFERENCES organizations (id),
    user_id TEXT NOT NULL REFERENCES users (id),
    status TEXT NOT NULL CHECK (status IN ('Active', 'Invited', 'InviteRevoked', 'NoInvite')),
    managed_by_directory INTEGER NOT NULL DEFAULT 0,
    invite_expires_at TEXT,
    last_activity_at TEXT,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    UNIQUE (organization_id, user_id)
  );
  CREATE INDEX memberships_page ON memberships (organization_id, created_at, id);
  CREATE INDEX memberships_user ON memberships (user_id);

  CREATE TABLE membership_roles (
    membership_id TEXT NOT NULL REFERENCES memberships (id) ON DELETE CASCADE,
    role_id TEXT NOT NULL REFERENCES roles (id),
    PRIMARY KEY (membership_id, role_id)
  ) WITHOUT ROWID;
  CREATE INDEX membership_roles_role ON membership_roles (role_id, membership_id);

  CREATE TABLE invitations (
    id TEXT PRIMARY KEY,
    organization_id TEXT NOT NULL REFERENCES organizations (id),
    user_id TEXT NOT NULL REFERENCES users (id),
    email TEXT NOT NULL,
    state TEXT NOT NULL CHECK (state IN ('Pending', 'Accepted', 'Revoked')),
    role_id TEXT REFERENCES roles (id),
    inviter_user_id TEXT REFERENCES users (id),
    expires_at TEXT NOT NULL,
    last_sent_at TEXT NOT NULL,
    accepted_at TEXT,
    revoked_at TEXT,
    created_at TEXT NOT NULL
  );
  CREATE INDEX invitations_page ON invitations (organization_id, created_at, id);
  CREATE INDEX invitations_user ON invitations (organization_id, user_id, created_at);

  CREATE TABLE sessions (
    id TEXT PRIMARY KEY,
    user_id TEXT NOT NULL REFERENCES users (id),
    organization_id TEXT REFERENCES organizations (id),
    ip_address TEXT,
    user_agent TEXT,
    city_name TEXT,
    country_code TEXT,
    last_activity_at TEXT NOT NULL,
    expires_at TEXT NOT NULL,
    revoked_at TEXT,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
  );
  CREATE INDEX sessions_user ON sessions (user_id, last_activity_at);

  CREATE TABLE passkeys (
    id TEXT PRIMARY KEY,
    user_id TEXT NOT NULL REFERENCES users (id),
    name TEXT NOT NULL,
    credential_id TEXT NOT NULL UNIQUE,
    public_key BLOB NOT NULL,
    counter INTEGER NOT NULL DEFAULT 0,
    transports TEXT,
    last_verified_at TEXT,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
  );
  CREATE INDEX passkeys_user ON passkeys (user_id, created_at);

  CREATE TABLE mfa_factors (
    id TEXT PRIMARY KEY,
    user_id TEXT NOT NULL REFERENCES users (id),
    type TEXT NOT NULL CHECK (type IN ('totp')),
    secret TEXT NOT NULL,
    verified INTEGER NOT NULL DEFAULT 0,
    last_used_at TEXT,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
  );
  CREATE INDEX mfa_factors_user ON mfa_factors (user_id);

  -- One-time proofs in progress: email codes, TOTP enrollment, WebAuthn
  -- registration. Codes are stored as SHA-256 hashes, never in clear.
  CREATE TABLE challenges (
    id TEXT PRIMARY KEY,
    user_id TEXT NOT NULL REFERENCES users (id),
    kind TEXT NOT NULL CHECK (kind IN ('verify_email', 'change_email', 'totp', 'passkey')),
    code_hash TEXT,
    payload TEXT,
    attempts INTEGER NOT NULL DEFAULT 0,
    expires_at TEXT NOT NULL,
    used_at TEXT,
    created_at TEXT NOT NULL
  );
  CREATE INDEX challenges_user ON challenges (user_id, kind, created_at);

  -- Stored as SHA-256 hashes: a copy of the database grants no access.
  CREATE TABLE elevated_tokens (
    token_hash TEXT PRIMARY KEY,
    user_id TEXT NOT NULL REFERENCES users (id),
    expires_at TEXT NOT NULL,
    revoked_at TEXT,
    created_at TEXT NOT NULL
  ) WITHOUT ROWID;

  CREATE TABLE outbox (
    seq INTEGER PRIMARY KEY AUTOINCREMENT,
    id TEXT NOT NULL UNIQUE,
    user_id TEXT,
    to_address TEXT NOT NULL,
    kind TEXT NOT NULL,
    subject TEXT NOT NULL,
    body TEXT NOT NULL,
    data TEXT NOT NULL,
    created_at TEXT NOT NULL
  );
  CREATE INDEX outbox_user ON outbox (user_id, created_at);

  CREATE TABLE settings (
    key TEXT PRIMARY KEY,
    value TEXT NOT NULL
  ) WITHOUT ROWID;
  `,
];
