import '@workos-widgets/elements/workos-members-table.js';
import type { WorkosEvent } from '@workos-widgets/elements';
import { useState } from 'react';

/** The host's own endpoint, called whenever the element needs a fresh token. */
async function token() {
  const response = await fetch('/host/token?email=marisol.vega%40acme.example', {
    method: 'POST',
  });
  return ((await response.json()) as { token: string }).token;
}

export function App() {
  const [shown, setShown] = useState(true);
  const [removed, setRemoved] = useState<string[]>([]);

  const onRemoved = (event: WorkosEvent<'workos-member-removed'>) =>
    setRemoved((emails) => [...emails, event.detail.email]);

  return (
    <main>
      <h1>Team</h1>
      <button id="toggle" onClick={() => setShown(!shown)}>
        {shown ? 'Hide members' : 'Show members'}
      </button>
      {shown && (
        <workos-members-table
          apiUrl="/"
          token={token}
          pageSize={10}
          onworkos-member-removed={onRemoved}
        />
      )}
      <ul id="removed">
        {removed.map((email) => (
          <li key={email}>{email}</li>
        ))}
      </ul>
    </main>
  );
}
