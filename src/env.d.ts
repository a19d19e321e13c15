/// <reference types="astro/client" />
declare namespace App {
  interface Locals {
    /** The speech, loaded and checked once per build (src/middleware.ts). */
    speech: import('./speech/load.ts').Speech;
    /** What the layout and the page render about this page (src/data/route.ts). */
    route: import('./data/route.ts').Route;
  }
}
