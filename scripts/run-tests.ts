// `npm run test:node`: every unit, integration and browser test, with Node's own runner. The
// .tsx loader is passed to each test process; arguments narrow the run to given files.
import { spawnSync } from "node:child_process";

const patterns = process.argv.slice(2);
const files = patterns.length > 0 ? patterns : ["src/**/*.test.ts", "src/**/*.test.tsx", "test/**/*.test.ts", "e2e/**/*.test.ts"];
const engine = process.env.DATABASE_URL ? `PostgreSQL (${new URL(process.env.DATABASE_URL).host})` : "embedded PGlite";
console.log(`Running tests on ${engine}`);

const result = spawnSync(
  process.execPath,
  ["--import", "./src/platform/runtime/register-tsx.ts", "--test", "--test-concurrency=2", "--test-reporter=spec", ...files],
  { stdio: "inherit", env: process.env },
);
process.exit(result.status ?? 1);
