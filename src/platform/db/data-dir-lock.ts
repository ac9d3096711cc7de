// Two PostgreSQL instances on one data directory corrupt it. PGlite takes no lock of its own,
// so Epak does: a file with the owner's process id, refused while that process lives.
import { readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}

/** Locks `dir` for this process; returns the function that unlocks it. */
export function lockDataDir(dir: string): () => void {
  const file = join(dir, "epak.lock");
  try {
    writeFileSync(file, String(process.pid), { flag: "wx" });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
    const owner = Number(readFileSync(file, "utf8"));
    if (Number.isInteger(owner) && owner > 0 && owner !== process.pid && alive(owner)) {
      throw new Error(
        `The embedded database in ${dir} is in use by process ${owner}. Stop that process first; to run several Epak processes (for example --role web and --role worker), use PostgreSQL through DATABASE_URL. If no Epak process is running, delete ${file}.`,
      );
    }
    // Left behind by a process that was killed: take it over.
    writeFileSync(file, String(process.pid));
  }
  return () => rmSync(file, { force: true });
}
