import assert from "node:assert/strict";
import { spawn } from "node:child_process";
import { once } from "node:events";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, test } from "node:test";
import { lockDataDir } from "./data-dir-lock.ts";

const dir = mkdtempSync(join(tmpdir(), "epak-lock-"));
after(() => rmSync(dir, { recursive: true, force: true }));

test("a data directory held by a live process is refused with a message that says what to do", async () => {
  const other = spawn(process.execPath, ["-e", "setTimeout(() => {}, 30000)"]);
  try {
    writeFileSync(join(dir, "epak.lock"), String(other.pid));
    assert.throws(() => lockDataDir(dir), /in use by process \d+.*DATABASE_URL/);
  } finally {
    other.kill();
    await once(other, "exit");
  }
});

test("a lock left by a process that is gone is taken over, and released on unlock", async () => {
  const gone = spawn(process.execPath, ["-e", ""]);
  await once(gone, "exit");
  writeFileSync(join(dir, "epak.lock"), String(gone.pid));
  const unlock = lockDataDir(dir);
  assert.equal(readFileSync(join(dir, "epak.lock"), "utf8"), String(process.pid));
  unlock();
  const again = lockDataDir(dir);
  again();
});
