// The loopback address of this process's own HTTP server, for calls Epak makes to itself over
// HTTP (through the data-exchange bus to registers mounted in the same process).
import type { FastifyInstance } from "fastify";
import { AppError } from "../errors.ts";

export function localOrigin(app: FastifyInstance): () => string {
  return () => {
    const address = app.server.address();
    if (!address || typeof address === "string") throw new AppError("not_listening", 503);
    const wildcard = address.address === "0.0.0.0" || address.address === "::";
    const host = wildcard
      ? address.family === "IPv6"
        ? "[::1]"
        : "127.0.0.1"
      : address.family === "IPv6"
        ? `[${address.address}]`
        : address.address;
    return `http://${host}:${address.port}`;
  };
}
