#!/usr/bin/env node
// The epak command. Epak's sources are TypeScript run directly by Node 24 (type stripping);
// an older Node cannot load them, so say so plainly instead of failing with a syntax error.
const major = Number(process.versions.node.split(".")[0]);
if (major < 24) {
  console.error(
    `Epak needs Node.js 24 or newer; this is ${process.version}. Run it through npm (npm start, npx epak), which uses the Node 24 the project installs.`,
  );
  process.exit(1);
}
await import("../src/platform/runtime/register-tsx.ts");
const { runCli } = await import("../src/app/cli.ts");
try {
  process.exitCode = await runCli(process.argv.slice(2));
} catch (error) {
  // An operator gets the reason in one line; the stack only when they ask for detail.
  const detail = ["debug", "trace"].includes(process.env.LOG_LEVEL ?? "");
  console.error(`epak: ${detail ? error?.stack : (error?.message ?? error)}`);
  process.exitCode = 1;
}
