interface ImportMetaEnv {
  /** FEEDBACK_URL as checked by src/lib/site/deploy-config.ts, or '' when none is configured (astro.config.mjs). */
  readonly FEEDBACK_URL: string;
}
