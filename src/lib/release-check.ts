/** The build's check that every policy is a released version, unchanged since its release. */
import type { AstroIntegration } from 'astro';
import { releaseProblems } from './policy-releases.ts';

/** Fails `astro build` when a policy changed without a release; in dev, warns and goes on. */
export function releaseCheck(): AstroIntegration {
  return {
    name: 'kap-release-check',
    hooks: {
      'astro:config:setup': ({ command, logger }) => {
        const problems = releaseProblems(process.cwd());
        if (problems.length === 0) return;
        const text = `Policy releases:\n${problems.map((p) => `- ${p}`).join('\n')}`;
        if (command === 'build') throw new Error(text);
        logger.warn(text);
      },
    },
  };
}
