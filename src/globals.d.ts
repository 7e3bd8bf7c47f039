// Replaced at build time (tsup.config.ts, vitest.config.ts) from the installed package manifests.
declare const __NEWSLENS_VERSION__: string;
declare const __WINK_NLP_VERSION__: string;
declare const __WINK_MODEL_VERSION__: string;


// The HTML pages' stylesheets and script are real files (src/report/assets/), read in as text by
// the build (tsup.config.ts) and by vitest, so they can be read and linted as CSS and JavaScript.
declare module '*?raw' {
  const text: string;
  export default text;
}
