import type { AstroIntegration } from 'astro';
import { LOCAL_SITE_WARNING } from '../lib/deploy-config';

/** Says loudly, at the start and at the end of a build, when the build carries the local origin. */
export function deploymentWarning(localSite: boolean): AstroIntegration {
  const warn = (logger: { warn(message: string): void }) => {
    const rule = '!'.repeat(100);
    for (const line of [rule, LOCAL_SITE_WARNING, rule]) logger.warn(line);
  };
  return {
    name: 'deployment-warning',
    hooks: {
      'astro:build:start': ({ logger }) => {
        if (localSite) warn(logger);
      },
      'astro:build:done': ({ logger }) => {
        if (localSite) warn(logger);
      },
    },
  };
}
