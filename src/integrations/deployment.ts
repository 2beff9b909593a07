import type { AstroIntegration } from 'astro';
import { LOCAL_BUILD_NOTE, LOCAL_SITE_WARNING, type DeployConfig } from '../lib/site/deploy-config';

/**
 * Says loudly, at the start and at the end of a build, when a build that may
 * be deployed carries the local origin. A build that says it is not deployed
 * (npm start, npm test) gets one quiet line instead.
 */
export function deploymentWarning({
  localSite,
  notDeployed,
}: Pick<DeployConfig, 'localSite' | 'notDeployed'>): AstroIntegration {
  const warn = (logger: { warn(message: string): void }) => {
    const rule = '!'.repeat(100);
    for (const line of [rule, LOCAL_SITE_WARNING, rule]) logger.warn(line);
  };
  return {
    name: 'deployment-warning',
    hooks: {
      'astro:build:start': ({ logger }) => {
        if (!localSite) return;
        if (notDeployed) logger.info(LOCAL_BUILD_NOTE);
        else warn(logger);
      },
      'astro:build:done': ({ logger }) => {
        if (localSite && !notDeployed) warn(logger);
      },
    },
  };
}
