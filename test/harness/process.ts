// Epak as a separate process, started the way `npm start` starts it, for tests of what only a
// real process shows: start-up messages, SIGTERM, and kill -9.
import { type ChildProcess, spawn } from "node:child_process";
import { once } from "node:events";
import { createServer } from "node:net";
import { setTimeout as sleep } from "node:timers/promises";
import { fileURLToPath } from "node:url";

const ROOT = fileURLToPath(new URL("../../", import.meta.url));

export async function freePort(): Promise<number> {
  const server = createServer();
  server.listen(0, "127.0.0.1");
  await once(server, "listening");
  const address = server.address();
  server.close();
  if (!address || typeof address === "string") throw new Error("no port");
  return address.port;
}

export type EpakProcess = { child: ChildProcess; port: number; output: () => string; exited: Promise<number | null> };

export function spawnEpak(env: Record<string, string>, args: string[] = ["start"]): EpakProcess {
  let output = "";
  const child = spawn(process.execPath, ["bin/epak.js", ...args], {
    cwd: ROOT,
    env: { PATH: process.env.PATH ?? "", NODE_ENV: "test", LOG_LEVEL: "warn", COOKIE_SECURE: "false", ...env },
    stdio: ["ignore", "pipe", "pipe"],
  });
  child.stdout?.on("data", (d) => {
    output += String(d);
  });
  child.stderr?.on("data", (d) => {
    output += String(d);
  });
  const exited = once(child, "exit").then(([code]) => code as number | null);
  return { child, port: Number(env.PORT ?? 0), output: () => output, exited };
}

/** Waits until /readyz says ready; fails with the process's output if it exits first. */
export async function waitReady(epak: EpakProcess, timeoutMs = 60_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (epak.child.exitCode !== null) throw new Error(`Epak exited with ${epak.child.exitCode}:\n${epak.output()}`);
    try {
      const res = await fetch(`http://127.0.0.1:${epak.port}/readyz`);
      if (res.status === 200) return;
    } catch {
      // not listening yet
    }
    await sleep(100);
  }
  throw new Error(`Epak was not ready within ${timeoutMs} ms:\n${epak.output()}`);
}
