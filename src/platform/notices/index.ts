import type { EpakModule } from "../module.ts";
import { createNotice } from "./site-notices.ts";

export { NoticeCache } from "./site-notices.ts";

export const noticesFeature: EpakModule = {
  name: "notices",
  async seed(ctx) {
    await createNotice(ctx, {
      level: "info",
      textLv: "Šī ir Epak demonstrācijas vide. Visi personu, uzņēmumu un iestāžu dati šeit ir izdomāti.",
      textEn: "This is the Epak demonstration environment. All data about people, companies and institutions here is made up.",
    });
  },
};
