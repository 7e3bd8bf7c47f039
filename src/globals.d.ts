// Replaced at build time (tsup.config.ts, vitest.config.ts) from the installed package manifests.
declare const __NEWSLENS_VERSION__: string;
declare const __WINK_NLP_VERSION__: string;
declare const __WINK_MODEL_VERSION__: string;

