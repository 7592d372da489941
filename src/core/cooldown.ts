import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** A countdown in whole seconds, as before a code may be sent again. */
export class Cooldown implements ReactiveController {
  remaining = 0;
  private timer: ReturnType<typeof setInterval> | undefined;

  constructor(private readonly host: ReactiveControllerHost) {
    host.addController(this);
  }

  hostDisconnected() {
    this.stop();
  }

  start(seconds: number) {
    this.stop();
    this.remaining = seconds;
    this.timer = setInterval(() => {
      this.remaining -= 1;
      if (this.remaining <= 0) this.stop();
      this.host.requestUpdate();
    }, 1000);
    this.host.requestUpdate();
  }

  stop() {
    clearInterval(this.timer);
    this.remaining = 0;
  }
}
