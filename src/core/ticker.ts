import type { ReactiveController, ReactiveControllerHost } from 'lit';

/**
 * Renders its host again every minute while it is connected, so that
 * relative times ("3 minutes ago") stay true on a page left open.
 */
export class Ticker implements ReactiveController {
  private timer: ReturnType<typeof setInterval> | undefined;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly intervalMs = 60_000,
  ) {
    host.addController(this);
  }

  hostConnected() {
    this.timer = setInterval(() => this.host.requestUpdate(), this.intervalMs);
  }

  hostDisconnected() {
    clearInterval(this.timer);
  }
}
