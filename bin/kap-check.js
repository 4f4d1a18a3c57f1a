#!/usr/bin/env node
/**
 * The kap-check command. Runs src/cli/main.ts on a Node that strips TypeScript types (22.18 and
 * later); on an older one, such as a machine's Node 20, runs itself again with the project's own
 * Node (the `node` devDependency), as every npm script does.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import module from 'node:module';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
/** The exit status for bad input (src/cli/exit-status.ts, which this Node may not read). */
const BAD_INPUT = 2;

if (process.features.typescript) {
  // Keeps the compiled, type-stripped modules: later runs start several times faster.
  module.enableCompileCache?.(`${root}node_modules/.cache/kap-check`);
  await import('../src/cli/main.ts');
} else {
  const node = `${root}node_modules/node/bin/node`;
  // The guard stops a loop should the project's Node not strip types either (NODE_OPTIONS).
  if (!existsSync(node) || process.env.KAP_CHECK_REEXEC) {
    console.error(
      `kap-check: needs Node 22.18 or later, or the project's own Node (run npm install in ${root}); this is Node ${process.version}`,
    );
    process.exit(BAD_INPUT);
  }
  const child = spawnSync(node, [fileURLToPath(import.meta.url), ...process.argv.slice(2)], {
    stdio: 'inherit',
    env: { ...process.env, KAP_CHECK_REEXEC: '1' },
  });
  if (child.error) {
    console.error(`kap-check: could not start ${node}: ${child.error.message}`);
    process.exit(BAD_INPUT);
  }
  if (child.signal) process.kill(process.pid, child.signal);
  process.exit(child.status ?? BAD_INPUT);
}
