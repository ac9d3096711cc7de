import type { FastifyInstance } from "fastify";
import { AccessibilityPage } from "./accessibility-page.tsx";
import { FrontPage } from "./front-page.tsx";

export function pageRoutes(app: FastifyInstance) {
  app.get("/", async (_request, reply) => reply.staticPage(() => <FrontPage />));
  app.get("/pieklustamiba", async (_request, reply) => reply.staticPage(() => <AccessibilityPage />));
}

/** Routes that exist only outside production, to see and test how failures look. */
export function devRoutes(app: FastifyInstance) {
  app.get("/dev/kluda", async () => {
    throw new Error("A deliberate failure, to show the error page");
  });
}
