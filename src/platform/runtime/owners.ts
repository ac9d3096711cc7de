// Where the parts of Epak that own migrations and messages live: the platform, each module in
// src/modules/<name>, and each simulated outside system in src/simulators/<name> (the
// development identity provider, the demo registers).
import { existsSync, readdirSync } from "node:fs";
import { join } from "node:path";

export type Owner = { owner: string; dir: string };

/** The platform first, then modules and simulators in name order; `sub` is the folder inside each. */
export function ownerDirs(srcDir: string, sub: string): Owner[] {
  const dirs = [{ owner: "platform", dir: join(srcDir, "platform", sub) }];
  for (const group of ["modules", "simulators"]) {
    const root = join(srcDir, group);
    if (!existsSync(root)) continue;
    for (const name of readdirSync(root).sort()) dirs.push({ owner: name, dir: join(root, name, sub) });
  }
  return dirs;
}
