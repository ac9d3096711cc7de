import type { FastifyInstance } from "fastify";
import { allEvents, type EventDocument } from "../../modules/catalog/index.ts";
import type { Clock } from "../../platform/clock.ts";
import type { AppServices } from "../../platform/module.ts";
import { AccessibilityPage } from "./accessibility-page.tsx";
import { FrontPage } from "./front-page.tsx";

/**
 * The front page is the busiest page, and its situations change only when editors publish one:
 * each process reads them at most this often, and between reads serves the page it rendered
 * from them (on the embedded database the read costs ten times the rendering).
 */
const SITUATIONS_MAX_AGE_MS = 30_000;

type Situations = { events: EventDocument[]; version: string };

function recentSituations(db: AppServices["db"], clock: Clock): () => Promise<Situations> {
  let cached: { at: number; situations: Promise<Situations> } | null = null;
  return () => {
    const now = clock.now().getTime();
    if (!cached || now - cached.at >= SITUATIONS_MAX_AGE_MS) {
      // One read for all requests that arrive while it runs; a failed read is not kept.
      const situations = allEvents(db).then(
        (events) => ({ events, version: String(now) }),
        (error: unknown) => {
          cached = null;
          throw error;
        },
      );
      cached = { at: now, situations };
    }
    return cached.situations;
  };
}

export function pageRoutes(app: FastifyInstance, { db, clock }: AppServices) {
  const situations = recentSituations(db, clock);
  app.get("/", async (_request, reply) => {
    const { events, version } = await situations();
    return reply.staticPage(() => <FrontPage events={events} />, version);
  });
  app.get("/pieklustamiba", async (_request, reply) => reply.staticPage(() => <AccessibilityPage />));
}

/** Routes that exist only outside production, to see and test how failures look. */
export function devRoutes(app: FastifyInstance) {
  app.get("/dev/kluda", async () => {
    throw new Error("A deliberate failure, to show the error page");
  });
}
