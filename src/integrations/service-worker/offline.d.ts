/**
 * What src/integrations/offline.ts writes before the worker's code (`serviceWorker()`): the build's version, the
 * site's base and every kept file with its content's hash; the Traditional edition's files apart, in `hant`.
 */
declare const OFFLINE: {
  version: string;
  base: string;
  files: [path: string, hash: string][];
  hant?: [path: string, hash: string][];
};
