// @ts-check
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { defineConfig } from 'astro/config';
import { deploymentWarning } from './src/integrations/deployment.ts';
import { devContentErrors } from './src/integrations/dev-content-errors.ts';
import { pagefindIndex } from './src/integrations/pagefind.ts';
import { securityHeaders } from './src/integrations/security-headers.ts';
import { shortLinks } from './src/integrations/short-links.ts';
import { isAstroMdxDirectiveWarning } from './src/lib/site/bundler-logs.ts';
import { deployConfig } from './src/lib/site/deploy-config.ts';

/**
 * Where the site is deployed. SITE_URL is the origin used in canonical URLs,
 * link previews and the sitemap; BASE_PATH is the sub-path, if the site is
 * not served from the root (e.g. BASE_PATH=/wps-errors/). Both are checked
 * here; a bad value stops the build naming the variable and the form it takes.
 * FEEDBACK_URL, checked with them, is where a page's "报告本页问题" link
 * points; without it no page shows the link.
 */
const deployment = deployConfig(process.env);
const { site, base, feedbackUrl } = deployment;

export default defineConfig({
  site,
  base,
  markdown: {
    // Shiki colours code with inline style attributes, which the
    // Content-Security-Policy (style-src 'self') forbids; code blocks are
    // styled by the site's stylesheet instead.
    syntaxHighlight: false,
  },
  build: {
    format: 'directory',
    // One cached stylesheet instead of inline <style>: smaller repeat visits,
    // and a Content-Security-Policy without 'unsafe-inline'.
    inlineStylesheets: 'never',
  },
  vite: {
    define: {
      // Read by src/components/ReportProblem.astro; an empty string means no report link.
      'import.meta.env.FEEDBACK_URL': JSON.stringify(feedbackUrl ?? ''),
    },
    build: {
      // Astro inlines small scripts; the CSP allows only script files.
      assetsInlineLimit: 0,
      rolldownOptions: {
        // Astro's own directive in .mdx modules makes Rolldown warn once per
        // guide (withastro/astro#18087); see src/lib/site/bundler-logs.ts.
        onLog(level, log, handler) {
          if (!isAstroMdxDirectiveWarning(log)) handler(level, log);
        },
      },
    },
  },
  integrations: [
    mdx(),
    sitemap(),
    shortLinks(),
    pagefindIndex(),
    securityHeaders(),
    deploymentWarning(deployment),
    devContentErrors(),
  ],
});
