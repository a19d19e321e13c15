declare namespace App {
  interface Locals {
    /** The speech, loaded and checked once per build (src/middleware.ts). */
    speech: import('./speech/load.ts').Speech;
  }
}
