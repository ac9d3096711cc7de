// Questions to institutions ("Uzdod jautājumu"): a person asks, the institution's officers answer
// from their queue, and the answer reaches the person's e-address mailbox.
import type { FastifyInstance } from "fastify";
import type { AppServices, EpakModule } from "../../platform/module.ts";
import { askRoutes } from "./ask.routes.tsx";
import { queueRoutes } from "./queue.routes.tsx";
import { seedQuestions } from "./seed.ts";

function questionRoutes(app: FastifyInstance, services: AppServices): void {
  askRoutes(app, services);
  queueRoutes(app, services);
}

export const questionsModule: EpakModule = { name: "questions", routes: questionRoutes, seed: seedQuestions };
