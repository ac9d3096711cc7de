// A demo register as the separate outside system it stands for: a bare Fastify server (no Epak
// around it) that mounts demo providers with mountProvider. Run as its own process by
// bench/exchange.ts. BENCH_PROVIDER_KEYS is a JSON object of provider code to the bus's key for
// it, e.g. {"population":"…"}; only the providers named there are mounted. Listens on 127.0.0.1
// and prints the port as its first line.
import Fastify from "fastify";

// demo-registers.ts reaches .tsx files (through the exchange module), which need the JSX loader
// registered before they load: hence the dynamic import.
await import("../src/platform/runtime/register-tsx.ts");
const { DEMO_PROVIDERS, mountProvider } = await import("../src/simulators/demo-registers.ts");

const keys = JSON.parse(process.env.BENCH_PROVIDER_KEYS ?? "{}") as Record<string, string>;
const app = Fastify({ logger: false });
let mounted = 0;
for (const provider of DEMO_PROVIDERS) {
  const key = keys[provider.code];
  if (!key) continue;
  await mountProvider(app, provider, key);
  mounted += 1;
}
if (mounted === 0) throw new Error(`BENCH_PROVIDER_KEYS names none of ${DEMO_PROVIDERS.map((p) => p.code).join(", ")}`);
await app.listen({ port: 0, host: "127.0.0.1" });
const address = app.server.address();
console.log(typeof address === "object" && address ? address.port : "");
process.once("SIGTERM", () => void app.close());
