import type { ReactiveControllerHost } from 'lit';

/**
 * Code that an element needs only when a user asks for it, such as a dialog,
 * a QR encoder or the WebAuthn ceremony, loaded on first use through a
 * dynamic `import()`. A bundler splits it into its own chunk, so it costs a
 * page nothing until then. The host re-renders when it arrives.
 */
export class Lazy<T> {
  /** The loaded value; undefined until `load()` has resolved. */
  value: T | undefined;

  private pending: Promise<T> | null = null;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly loader: () => Promise<T>,
  ) {}

  /** Loads once; a failed load (a network error) is tried again next time. */
  load(): Promise<T> {
    this.pending ??= this.loader().then(
      (value) => {
        this.value = value;
        this.host.requestUpdate();
        return value;
      },
      (error: unknown) => {
        this.pending = null;
        throw error;
      },
    );
    return this.pending;
  }

  /** Starts loading ahead of use, as when a pointer comes near the control. */
  prefetch = () => {
    this.load().catch(() => {});
  };
}
