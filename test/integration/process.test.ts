import assert from "node:assert/strict";
import { once } from "node:events";
import { mkdtempSync, rmSync } from "node:fs";
import { request } from "node:http";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, before, describe, test } from "node:test";
import { setTimeout as sleep } from "node:timers/promises";
import { type Database, openDatabase } from "../../src/platform/db/database.ts";
import { type TestDatabase, testDatabase } from "../harness/database.ts";
import { freePort, spawnEpak, waitReady } from "../harness/process.ts";

/** Where a process keeps its data: a fresh directory for PGlite, a fresh database for PostgreSQL. */
type Store = { env: Record<string, string>; open(): Promise<Database>; dispose(): Promise<void> };

/** The problems of all stored feedback, read straight from the database once the process is gone. */
async function storedProblems(store: Store): Promise<Set<string>> {
  const database = await store.open();
  try {
    const rows = await database.db.selectFrom("platform.page_feedback").select("problem").execute();
    return new Set(rows.map((r) => r.problem));
  } finally {
    await database.close();
  }
}

async function freshStore(): Promise<Store> {
  if (process.env.DATABASE_URL) {
    const database: TestDatabase = await testDatabase();
    const url = database.url ?? "";
    return {
      env: { DATABASE_URL: url },
      open: () => openDatabase({ kind: "postgres", url, poolSize: 1 }),
      dispose: () => database.close(),
    };
  }
  const dir = mkdtempSync(join(tmpdir(), "epak-process-"));
  return {
    env: { EPAK_DATA_DIR: dir },
    open: () => openDatabase({ kind: "pglite", dataDir: dir }),
    dispose: async () => rmSync(dir, { recursive: true, force: true }),
  };
}

async function csrf(port: number): Promise<{ cookie: string; token: string }> {
  const res = await fetch(`http://127.0.0.1:${port}/atsauksme`);
  const body = await res.text();
  const token = /name="_csrf" value="([^"]+)"/.exec(body)?.[1] ?? "";
  const cookie = (res.headers.get("set-cookie") ?? "").split(";")[0] ?? "";
  return { cookie, token };
}

function postFeedback(port: number, form: { cookie: string; token: string }, problem: string): Promise<number> {
  return fetch(`http://127.0.0.1:${port}/atsauksme`, {
    method: "POST",
    redirect: "manual",
    headers: { "content-type": "application/x-www-form-urlencoded", cookie: form.cookie },
    body: new URLSearchParams({ _csrf: form.token, page: "/", problem }).toString(),
  }).then((r) => r.status);
}

describe("the epak process", { timeout: 180_000 }, () => {
  let store: Store;
  before(async () => {
    store = await freshStore();
  });
  after(() => store.dispose());

  test("a wrong configuration value stops the start with a message naming the variable", async () => {
    const epak = spawnEpak({ ...store.env, PORT: "eighty" });
    assert.equal(await epak.exited, 1);
    assert.match(epak.output(), /PORT: must be a number/);
  });

  test("a second process on the same embedded database is refused, and the first goes on", {
    skip: process.env.DATABASE_URL ? "PostgreSQL takes many processes" : false,
  }, async () => {
    const port = await freePort();
    const first = spawnEpak({ ...store.env, PORT: String(port) });
    await waitReady(first);
    const second = spawnEpak({ ...store.env, PORT: String(await freePort()) });
    assert.equal(await second.exited, 1);
    assert.match(second.output(), /in use by process \d+/);
    const res = await fetch(`http://127.0.0.1:${port}/readyz`);
    assert.equal(res.status, 200);
    first.child.kill("SIGTERM");
    assert.equal(await first.exited, 0);
  });

  test("a start that fails half way exits instead of lingering", async () => {
    const port = await freePort();
    const blocker = createServer().listen(port, "127.0.0.1");
    await once(blocker, "listening");
    try {
      const epak = spawnEpak({ ...store.env, PORT: String(port) });
      assert.equal(await epak.exited, 1);
      assert.match(epak.output(), /EADDRINUSE/);
    } finally {
      blocker.close();
    }
  });

  test("kill -9 during writes loses nothing that was acknowledged, and the next start has the data", async () => {
    const port = await freePort();
    const first = spawnEpak({ ...store.env, PORT: String(port) });
    await waitReady(first);
    assert.match(first.output(), new RegExp(`Epak is running at http://localhost:${port}`));
    const form = await csrf(port);
    const acknowledged: string[] = [];
    let stop = false;
    const writer = async (lane: number) => {
      for (let i = 0; !stop && i < 500; i++) {
        const label = `kill-test-${lane}-${i}`;
        const status = await postFeedback(port, form, label).catch(() => 0);
        if (status === 303) acknowledged.push(label);
      }
    };
    const writers = [writer(1), writer(2)];
    while (acknowledged.length < 30) await sleep(20);
    first.child.kill("SIGKILL");
    stop = true;
    await Promise.all(writers);
    assert.equal(await first.exited, null, "the process was killed, not stopped");

    const second = spawnEpak({ ...store.env, PORT: String(port) });
    await waitReady(second);
    second.child.kill("SIGTERM");
    assert.equal(await second.exited, 0);

    const stored = await storedProblems(store);
    const lost = acknowledged.filter((label) => !stored.has(label));
    assert.deepEqual(lost, [], `${acknowledged.length} acknowledged writes`);
  });

  test("SIGTERM lets a request in flight finish, then the process exits cleanly", async () => {
    const port = await freePort();
    const epak = spawnEpak({ ...store.env, PORT: String(port) });
    await waitReady(epak);
    const form = await csrf(port);
    const body = new URLSearchParams({ _csrf: form.token, page: "/", problem: "sent while stopping" }).toString();
    const half = Math.floor(body.length / 2);
    const response = new Promise<number>((resolve, reject) => {
      const req = request(
        {
          host: "127.0.0.1",
          port,
          method: "POST",
          path: "/atsauksme",
          headers: { "content-type": "application/x-www-form-urlencoded", "content-length": Buffer.byteLength(body), cookie: form.cookie },
        },
        (res) => {
          res.resume();
          resolve(res.statusCode ?? 0);
        },
      );
      req.on("error", reject);
      req.write(body.slice(0, half));
      // The rest of the body arrives only after the process has been told to stop.
      setTimeout(() => {
        epak.child.kill("SIGTERM");
        setTimeout(() => req.end(body.slice(half)), 300);
      }, 200);
    });
    assert.equal(await response, 303);
    assert.equal(await epak.exited, 0);
    assert.match(epak.output(), /SIGTERM received/);
    assert.ok((await storedProblems(store)).has("sent while stopping"), "the request that was in flight was saved");
  });
});
