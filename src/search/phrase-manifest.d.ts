// The bucket counts of the split phrase data, known when the search code is built (src/integrations/phrase-data.ts).
declare module 'virtual:phrase-manifest' {
  const manifest: import('./phrase-index.ts').PhraseIndexManifest;
  export default manifest;
}
