// The machine's ceiling: a bare Fastify server answering a tiny JSON body. Run as its own
// process by bench/run.ts; prints the port it listens on as its first line.
import Fastify from "fastify";

const app = Fastify({ logger: false });
app.get("/", async () => ({ hello: "world" }));
await app.listen({ port: 0, host: "127.0.0.1" });
const address = app.server.address();
console.log(typeof address === "object" && address ? address.port : "");
process.once("SIGTERM", () => void app.close());
