import type { EpakModule } from "../module.ts";
import { feedbackRoutes } from "./feedback.routes.tsx";

export const feedbackFeature: EpakModule = { name: "feedback", routes: feedbackRoutes };
