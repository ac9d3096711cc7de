// Development only: what Epak would have sent by email or SMS. Mounted with the other dev
// routes, never in production by default; browser tests read one-time codes from the JSON.
import type { FastifyInstance } from "fastify";
import type { Kysely } from "kysely";
import type { Tables } from "../db/tables.ts";
import { latestOutboxMessages } from "./dev-outbox.ts";
import { DevOutboxPage } from "./dev-outbox-views.tsx";

const SHOWN = 50;

export function devOutboxRoutes(app: FastifyInstance, db: Kysely<Tables>) {
  app.get("/dev/izsutitie", async (_request, reply) => {
    const messages = await latestOutboxMessages(db, SHOWN);
    // The messages hold one-time codes: no cache may keep a copy.
    return reply.header("cache-control", "no-store").page(<DevOutboxPage messages={messages} max={SHOWN} />);
  });

  app.get("/dev/izsutitie.json", async (_request, reply) => {
    const items = await latestOutboxMessages(db, SHOWN);
    return reply.header("cache-control", "no-store").send({ items });
  });
}
