// The data-exchange gateway over real HTTP: consumers calling registers through /r1/…, the errors
// it answers with, how it copes with failing providers, and the hash-chained message log it keeps.
import assert from "node:assert/strict";
import { createHash, generateKeyPairSync, type KeyObject, randomUUID, sign } from "node:crypto";
import { once } from "node:events";
import { mkdtempSync, rmSync } from "node:fs";
import { createServer, type IncomingMessage, request, type Server, type ServerResponse } from "node:http";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, before, describe, test } from "node:test";
import { sql } from "kysely";
import { createConsumer } from "../../src/modules/exchange/commands/create-consumer.ts";
import { grantAccess } from "../../src/modules/exchange/commands/grant-access.ts";
import { revokeAccess } from "../../src/modules/exchange/commands/revoke-access.ts";
import {
  EPAK_SYSTEMS,
  exchangeKeys,
  REGISTER_SERVICES,
  registerProviderService,
  verifyMessageLog,
} from "../../src/modules/exchange/index.ts";
import { type LogEntry, MessageLog } from "../../src/modules/exchange/message-log.ts";
import { dataUsesOf } from "../../src/modules/exchange/queries/data-usage.ts";
import { systemContext } from "../../src/platform/context.ts";
import { type Database, openDatabase } from "../../src/platform/db/database.ts";
import { migrate } from "../../src/platform/db/migrations.ts";
import { inTransaction } from "../../src/platform/db/transaction.ts";
import { type TestApp, testApp } from "../harness/app.ts";
import { type TestDatabase, testDatabase } from "../harness/database.ts";
import { freePort, spawnEpak } from "../harness/process.ts";

const JANIS = "15038413866"; // owns two vehicles in the demo vehicle register
const PERSONS = REGISTER_SERVICES.persons;
const INFORMATIVE = EPAK_SYSTEMS.informative;
const VID = "LV/GOV/VID/nodoklu-administresana";
const POLICE = "LV/GOV/VP/kriminalizmeklesana";

type Call = { client?: string | null; auth?: string | null; method?: string; headers?: Record<string, string>; body?: string };
type Answer = { status: number; headers: Headers; text: string; bytes: Buffer; json: () => unknown };

type GatewayError = { error: { code: string; message: string; type: string; requestId: string } };

function sha256(data: string | Buffer): string {
  return createHash("sha256").update(data).digest("hex");
}

/** A provider of our own on loopback: counts the requests it gets and answers as the test says. */
type FakeProvider = { url: string; requests: { method: string; url: string; body: string }[]; close(): Promise<void> };

async function fakeProvider(answer: (req: IncomingMessage, res: ServerResponse, n: number, body: string) => void): Promise<FakeProvider> {
  const requests: FakeProvider["requests"] = [];
  const server: Server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on("data", (c: Buffer) => chunks.push(c));
    req.on("end", () => {
      const body = Buffer.concat(chunks).toString("utf8");
      requests.push({ method: req.method ?? "", url: req.url ?? "", body });
      answer(req, res, requests.length, body);
    });
  });
  server.listen(0, "127.0.0.1");
  await once(server, "listening");
  const address = server.address();
  if (!address || typeof address === "string") throw new Error("no port");
  return {
    url: `http://127.0.0.1:${address.port}`,
    requests,
    async close() {
      server.closeAllConnections();
      server.close();
    },
  };
}

function json(res: ServerResponse, status: number, value: unknown): void {
  res.writeHead(status, { "content-type": "application/json" }).end(JSON.stringify(value));
}

function base64url(value: unknown): string {
  return Buffer.from(JSON.stringify(value)).toString("base64url");
}

/** A compact JWS (EdDSA) as a consumer holding an Ed25519 key would make it. */
function signedToken(key: KeyObject, claims: Record<string, unknown>): string {
  const signingInput = `${base64url({ alg: "EdDSA", typ: "JWT" })}.${base64url(claims)}`;
  return `${signingInput}.${sign(null, Buffer.from(signingInput), key).toString("base64url")}`;
}

/**
 * A GET sent with its path exactly as given: fetch and URL-taking clients resolve dot-segments
 * (also percent-encoded ones) before sending, as a hostile client need not.
 */
function rawGet(origin: string, path: string, headers: Record<string, string>): Promise<{ status: number; text: string }> {
  const { hostname, port } = new URL(origin);
  return new Promise((resolve, reject) => {
    const req = request({ host: hostname, port: Number(port), path, headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on("data", (c: Buffer) => chunks.push(c));
      res.on("end", () => resolve({ status: res.statusCode ?? 0, text: Buffer.concat(chunks).toString("utf8") }));
    });
    req.on("error", reject);
    req.end();
  });
}

describe("the data-exchange gateway", { timeout: 120_000 }, () => {
  let site: TestApp;
  let origin: string;
  let secretOf: (clientId: string) => string;
  const providers: FakeProvider[] = [];

  before(async () => {
    site = await testApp({ seed: true });
    const address = site.http.server.address();
    if (!address || typeof address === "string") throw new Error("the test app is not listening");
    origin = `http://127.0.0.1:${address.port}`;
    const keys = await exchangeKeys(site.database.db);
    secretOf = (clientId) => keys.ownConsumerSecret(clientId);
  });
  after(async () => {
    for (const provider of providers) await provider.close();
    await site.close();
  });

  const db = () => site.database.db;

  async function call(path: string, options: Call = {}): Promise<Answer> {
    const client = options.client === undefined ? INFORMATIVE : options.client;
    const auth = options.auth === undefined && client ? `Bearer ${secretOf(client)}` : options.auth;
    const headers: Record<string, string> = { ...options.headers };
    if (client) headers["x-road-client"] = client;
    if (auth) headers.authorization = auth;
    const res = await fetch(`${origin}${path}`, { method: options.method ?? "GET", headers, body: options.body });
    const bytes = Buffer.from(await res.arrayBuffer());
    const text = bytes.toString("utf8");
    return { status: res.status, headers: res.headers, text, bytes, json: () => JSON.parse(text) };
  }

  function assertFailure(answer: Answer, status: number, code: string, type: string): void {
    assert.equal(answer.status, status, answer.text);
    assert.equal(answer.headers.get("x-road-error"), type);
    assert.match(answer.headers.get("content-type") ?? "", /application\/json/);
    const body = answer.json() as GatewayError;
    assert.equal(body.error.code, code);
    assert.equal(body.error.type, type);
    assert.ok(body.error.message.length > 0, "a message");
    assert.ok(body.error.requestId.length > 0, "a request id");
  }

  const logRow = (messageId: string) =>
    db().selectFrom("exchange.message_log").selectAll().where("message_id", "=", messageId).executeTakeFirstOrThrow();

  const logRowsOf = (messageId: string) =>
    db().selectFrom("exchange.message_log").selectAll().where("message_id", "=", messageId).execute();

  const write = <T>(fn: (ctx: ReturnType<typeof systemContext>) => Promise<T>): Promise<T> =>
    inTransaction(db(), (trx) => fn(systemContext("test", trx)));

  const serviceRowId = async (serviceId: string): Promise<string> =>
    (await db().selectFrom("exchange.provider_service").select("id").where("service_id", "=", serviceId).executeTakeFirstOrThrow()).id;

  async function newConsumer(
    clientId: string,
    options: { publicKeyJwk?: string; institution?: string } = {},
  ): Promise<{ id: string; secret: string }> {
    return write((ctx) =>
      createConsumer(ctx, {
        clientId,
        institution: options.institution ?? "VDAA",
        name: `Test ${clientId}`,
        publicKeyJwk: options.publicKeyJwk,
      }),
    );
  }

  async function grant(consumerId: string, serviceId: string, options: { logBodies?: boolean } = {}): Promise<string> {
    const service = await serviceRowId(serviceId);
    return write((ctx) =>
      grantAccess(ctx, {
        consumerId,
        serviceId: service,
        purposeLv: "Testa mērķis",
        purposeEn: "Test purpose",
        legalBasis: "Testa likums",
        logBodies: options.logBodies ?? false,
        exception: false,
      }),
    );
  }

  /** Publishes one of our own servers as a data service of its own provider system, and lets a new consumer call it. */
  async function ownService(
    system: string,
    provider: FakeProvider,
    options: { timeoutMs?: number; logBodies?: boolean } = {},
  ): Promise<{ serviceId: string; clientId: string; secret: string }> {
    const serviceId = `LV/GOV/TEST/${system}/things`;
    await write((ctx) =>
      registerProviderService(ctx, {
        serviceId,
        institution: "VDAA",
        name: { lv: "Lietas", en: "Things" },
        description: { lv: "Testa lietas", en: "Test things" },
        openapi: { openapi: "3.1.0", info: { title: "Things", version: "1" }, paths: {} },
        baseUrl: `${provider.url}/things`,
        dataCategories: [],
        personalData: false,
        timeoutMs: options.timeoutMs ?? 5000,
      }),
    );
    const clientId = `LV/GOV/VDAA/client-of-${system}`;
    const consumer = await newConsumer(clientId);
    await grant(consumer.id, serviceId, { logBodies: options.logBodies });
    return { serviceId, clientId, secret: consumer.secret };
  }

  async function started(answer: Parameters<typeof fakeProvider>[0]): Promise<FakeProvider> {
    const provider = await fakeProvider(answer);
    providers.push(provider);
    return provider;
  }

  test("a consumer with a grant gets the register's answer, and the call is logged without bodies", async () => {
    const messageId = randomUUID();
    const answer = await call(`/r1/${PERSONS}/${JANIS}`, {
      headers: {
        "x-road-id": messageId,
        "x-road-userid": "user:test-user",
        "x-road-issue": "ISSUE-42",
        "x-road-represented-party": "LV/COM/40103587986",
      },
    });
    assert.equal(answer.status, 200, answer.text);
    assert.equal((answer.json() as { personalCode: string }).personalCode, JANIS);
    assert.equal(answer.headers.get("x-road-id"), messageId);
    assert.equal(answer.headers.get("x-road-client"), INFORMATIVE);
    assert.equal(answer.headers.get("x-road-service"), PERSONS);
    assert.equal(answer.headers.get("x-epak-data-subjects"), null, "the provider's data-subjects header stays inside the bus");
    assert.equal(answer.headers.get("x-road-error"), null);
    const requestHash = answer.headers.get("x-road-request-hash");
    assert.match(requestHash ?? "", /^[0-9a-f]{64}$/);

    const row = await logRow(messageId);
    assert.equal(row.consumer, INFORMATIVE);
    assert.equal(row.service, PERSONS);
    assert.equal(row.method, "GET");
    assert.equal(row.status, 200);
    assert.equal(row.error_code, null);
    assert.equal(row.user_id, "user:test-user");
    assert.equal(row.issue, "ISSUE-42");
    assert.equal(row.represented_party, "LV/COM/40103587986");
    assert.equal(row.purpose, "Parādīt personai viņas datus valsts reģistros");
    assert.ok(row.grant_id, "the grant the call went under");
    assert.equal(row.request_hash, requestHash);
    assert.equal(row.response_hash, sha256(answer.bytes));
    assert.equal(row.request_body, null);
    assert.equal(row.response_body, null);
    assert.deepEqual(row.subjects, [JANIS]);
    const subjects = await db().selectFrom("exchange.message_subject").select("personal_code").where("seq", "=", row.seq).execute();
    assert.deepEqual(
      subjects.map((s) => s.personal_code),
      [JANIS],
    );
  });

  test("a call without an X-Road-Id gets one of its own, answered and logged", async () => {
    const answer = await call(`/r1/${PERSONS}/${JANIS}`);
    assert.equal(answer.status, 200);
    const messageId = answer.headers.get("x-road-id") ?? "";
    assert.match(messageId, /^[0-9a-f-]{36}$/);
    assert.equal((await logRow(messageId)).status, 200);
  });

  test("refusals are JSON errors with a code and an X-Road-Error type", async () => {
    const path = `/r1/${PERSONS}/${JANIS}`;
    assertFailure(await call(path, { auth: null }), 401, "invalid_credentials", "Client.AuthenticationFailed");
    assertFailure(await call(path, { auth: "Bearer not-the-secret" }), 401, "invalid_credentials", "Client.AuthenticationFailed");
    assertFailure(await call(path, { auth: `Bearer ${secretOf(VID)}` }), 401, "invalid_credentials", "Client.AuthenticationFailed");
    assertFailure(
      await call(path, { client: "LV/GOV/NOBODY/none", auth: "Bearer x" }),
      401,
      "invalid_credentials",
      "Client.AuthenticationFailed",
    );
    assertFailure(
      await call(`/r1/${REGISTER_SERVICES.vehicles}/HR-4512`, { client: VID }),
      403,
      "no_grant",
      "Server.ServerProxy.AccessDenied",
    );
    assertFailure(
      await call("/r1/LV/GOV/PMLP/iedzivotaju-registrs/nothing/1"),
      404,
      "unknown_service",
      "Server.ServerProxy.UnknownService",
    );
    assertFailure(await call("/r1/LV/GOV"), 400, "invalid_service_address", "Client.InvalidServiceAddress");
    const dotted = await rawGet(origin, `/r1/${PERSONS}/../addresses/105117328/residents`, {
      "x-road-client": VID,
      authorization: `Bearer ${secretOf(VID)}`,
    });
    assert.equal(dotted.status, 400, "a plain dot-segment is refused");
    assert.equal((JSON.parse(dotted.text) as GatewayError).error.code, "invalid_service_address");
    assertFailure(
      await call(path, { client: null, auth: `Bearer ${secretOf(INFORMATIVE)}` }),
      400,
      "invalid_client",
      "Client.InvalidClientHeader",
    );
    assertFailure(await call(path, { client: "LV/GOV/VDAA" }), 400, "invalid_client", "Client.InvalidClientHeader");
  });

  test("refused calls to a nameable service are logged with their status and error code", async () => {
    const refusals = [
      { id: randomUUID(), path: `/r1/${PERSONS}/${JANIS}`, options: { auth: "Bearer wrong" }, status: 401, code: "invalid_credentials" },
      { id: randomUUID(), path: `/r1/${REGISTER_SERVICES.vehicles}/HR-4512`, options: { client: VID }, status: 403, code: "no_grant" },
      { id: randomUUID(), path: "/r1/LV/GOV/PMLP/iedzivotaju-registrs/nothing", options: {}, status: 404, code: "unknown_service" },
    ];
    for (const r of refusals) {
      const answer = await call(r.path, { ...r.options, headers: { "x-road-id": r.id } });
      assert.equal(answer.status, r.status);
      assert.equal(answer.headers.get("x-road-id"), r.id);
      const row = await logRow(r.id);
      assert.equal(row.status, r.status);
      assert.equal(row.error_code, r.code);
      assert.equal(row.response_hash, null);
      assert.deepEqual(row.subjects, []);
    }
    // Without a service address or a client there is nothing to name the call by: not logged.
    const unnamed = randomUUID();
    assert.equal((await call("/r1/LV/GOV", { headers: { "x-road-id": unnamed } })).status, 400);
    assert.deepEqual(await logRowsOf(unnamed), []);
  });

  test("a consumer created and granted by an administrator can call; after revocation it is refused", async () => {
    const clientId = "LV/GOV/VDAA/jauna-sistema";
    const consumer = await newConsumer(clientId);
    const path = `/r1/${PERSONS}/${JANIS}`;
    const auth = `Bearer ${consumer.secret}`;
    assertFailure(await call(path, { client: clientId, auth }), 403, "no_grant", "Server.ServerProxy.AccessDenied");

    const grantId = await grant(consumer.id, PERSONS);
    const granted = await call(path, { client: clientId, auth });
    assert.equal(granted.status, 200, granted.text);
    assert.equal((await logRow(granted.headers.get("x-road-id") ?? "")).purpose, "Testa mērķis");

    await write((ctx) => revokeAccess(ctx, grantId));
    assertFailure(await call(path, { client: clientId, auth }), 403, "no_grant", "Server.ServerProxy.AccessDenied");
  });

  test("a consumer with an Ed25519 key proves itself with a short-lived signed token", async () => {
    const clientId = "LV/GOV/VDAA/ar-atslegu";
    const { publicKey, privateKey } = generateKeyPairSync("ed25519");
    const consumer = await newConsumer(clientId, { publicKeyJwk: JSON.stringify(publicKey.export({ format: "jwk" })) });
    await grant(consumer.id, PERSONS);
    const path = `/r1/${PERSONS}/${JANIS}`;
    const now = Math.floor(Date.now() / 1000);
    const claims = { iss: clientId, aud: "epak-gateway", iat: now, exp: now + 60 };
    const bearer = (token: string) => ({ client: clientId, auth: `Bearer ${token}` });

    const good = await call(path, bearer(signedToken(privateKey, claims)));
    assert.equal(good.status, 200, good.text);

    const refused = async (token: string, why: string) => {
      const answer = await call(path, bearer(token));
      assert.equal(answer.status, 401, why);
      assert.equal((answer.json() as GatewayError).error.code, "invalid_credentials", why);
    };
    await refused(signedToken(privateKey, { ...claims, iat: now - 400, exp: now - 100 }), "expired");
    await refused(signedToken(privateKey, { ...claims, iss: INFORMATIVE }), "issued for another client");
    await refused(signedToken(generateKeyPairSync("ed25519").privateKey, claims), "signed by another key");
    await refused(signedToken(privateKey, { ...claims, aud: "somebody-else" }), "for another audience");
    await refused(signedToken(privateKey, { ...claims, exp: now + 3600 }), "living longer than 300 s");
    const [header, , signature] = signedToken(privateKey, claims).split(".");
    await refused(`${header}.${base64url({ ...claims, exp: now + 120 })}.${signature}`, "claims changed after signing");
    // The secret it was given still works too.
    assert.equal((await call(path, { client: clientId, auth: `Bearer ${consumer.secret}` })).status, 200);
  });

  test("a percent-encoded dot-segment does not lead a call out of the service its grant is for", async () => {
    // VID is granted only the persons service; the addresses service of the same register is not its to call.
    const headers = { "x-road-client": VID, authorization: `Bearer ${secretOf(VID)}`, "x-road-id": randomUUID() };
    const escaped = await rawGet(origin, `/r1/${PERSONS}/%2e%2e/addresses/105117328/residents`, headers);
    assert.ok(!escaped.text.includes("residents"), "no residents of an address for a consumer without the addresses grant");
    assert.notEqual(escaped.status, 200, escaped.text.slice(0, 200));

    const provider = await started((req, res) => json(res, 200, { path: req.url }));
    const own = await ownService("dot-segments", provider);
    await rawGet(origin, `/r1/${own.serviceId}/%2e%2e/admin`, { "x-road-client": own.clientId, authorization: `Bearer ${own.secret}` });
    for (const seen of provider.requests)
      assert.match(seen.url, /^\/things(\/|$)/, "the provider is called only under the service's base path");
  });

  test("a signed token is short-lived: one issued for the future is refused", async () => {
    const clientId = "LV/GOV/VDAA/nakotnes-zetons";
    const { publicKey, privateKey } = generateKeyPairSync("ed25519");
    const consumer = await newConsumer(clientId, { publicKeyJwk: JSON.stringify(publicKey.export({ format: "jwk" })) });
    await grant(consumer.id, PERSONS);
    const later = Math.floor(Date.now() / 1000) + 86_400;
    const token = signedToken(privateKey, { iss: clientId, aud: "epak-gateway", iat: later, exp: later + 300 });
    const answer = await call(`/r1/${PERSONS}/${JANIS}`, { client: clientId, auth: `Bearer ${token}` });
    assert.equal(answer.status, 401, "a token that lives a day is not short-lived");
  });

  test("a provider that never answers: 504 provider_timeout once the service's timeout passes", async () => {
    const provider = await started(() => {});
    const own = await ownService("slow", provider, { timeoutMs: 300 });
    const answer = await call(`/r1/${own.serviceId}/1`, { client: own.clientId, auth: `Bearer ${own.secret}` });
    assertFailure(answer, 504, "provider_timeout", "Server.ServerProxy.ServiceTimeout");
    assert.ok(provider.requests.length <= 1, "a read that timed out is not sent again");
    assert.equal((await logRow(answer.headers.get("x-road-id") ?? "")).error_code, "provider_timeout");
  });

  test("a provider that starts answering and then stalls: 504 provider_timeout", async () => {
    const provider = await started((_req, res) => {
      res.writeHead(200, { "content-type": "application/json" });
      res.write('{"half":');
    });
    const own = await ownService("stalling", provider, { timeoutMs: 300 });
    const answer = await call(`/r1/${own.serviceId}/1`, { client: own.clientId, auth: `Bearer ${own.secret}` });
    assertFailure(answer, 504, "provider_timeout", "Server.ServerProxy.ServiceTimeout");
  });

  test("a provider nobody listens for: 503 provider_unavailable", async () => {
    const port = await freePort();
    const own = await ownService("closed", { url: `http://127.0.0.1:${port}`, requests: [], close: async () => {} });
    const answer = await call(`/r1/${own.serviceId}/1`, { client: own.clientId, auth: `Bearer ${own.secret}` });
    assertFailure(answer, 503, "provider_unavailable", "Server.ServerProxy.ServiceFailed");
    const row = await logRow(answer.headers.get("x-road-id") ?? "");
    assert.equal(row.error_code, "provider_unavailable");
  });

  test("a read that meets a passing 503 is retried; a write is not", async () => {
    let failNext = true;
    const provider = await started((_req, res) => {
      if (failNext) {
        failNext = false;
        json(res, 503, { busy: true });
      } else json(res, 200, { ok: true });
    });
    const own = await ownService("flaky", provider);
    const auth = { client: own.clientId, auth: `Bearer ${own.secret}` };

    const read = await call(`/r1/${own.serviceId}/1`, auth);
    assert.equal(read.status, 200, read.text);
    assert.deepEqual(read.json(), { ok: true });
    assert.equal(provider.requests.length, 2);
    assert.equal(provider.requests[1]?.url, "/things/1");

    failNext = true;
    const written = await call(`/r1/${own.serviceId}/1`, {
      ...auth,
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ name: "x" }),
    });
    assert.equal(provider.requests.length, 3, "the write reached the provider once");
    assert.equal(written.status, 503, "the provider's own 503 is passed through");
    assert.deepEqual(written.json(), { busy: true });
    assert.equal(written.headers.get("x-road-error"), null, "it is the provider's answer, not a gateway error");
    const row = await logRow(written.headers.get("x-road-id") ?? "");
    assert.equal(row.status, 503);
    assert.equal(row.error_code, null);
  });

  test("after five failed calls the circuit opens: the next call is refused without reaching the provider", async () => {
    const provider = await started((_req, res) => json(res, 500, { broken: true }));
    const own = await ownService("broken", provider);
    const auth = { client: own.clientId, auth: `Bearer ${own.secret}` };
    for (let i = 1; i <= 5; i++) {
      const answer = await call(`/r1/${own.serviceId}/${i}`, auth);
      assert.equal(answer.status, 500, `call ${i} reaches the provider`);
    }
    assert.equal(provider.requests.length, 5);
    const refused = await call(`/r1/${own.serviceId}/6`, auth);
    assertFailure(refused, 503, "provider_unavailable", "Server.ServerProxy.ServiceFailed");
    assert.equal(provider.requests.length, 5, "the open circuit kept the call from the provider");
    assert.equal((await logRow(refused.headers.get("x-road-id") ?? "")).error_code, "provider_unavailable");
  });

  test("bodies go into the log only under a grant that says so", async () => {
    const provider = await started((_req, res, _n, body) => json(res, 200, { echo: body }));
    const logged = await ownService("echo", provider, { logBodies: true });
    const plainClient = "LV/GOV/VDAA/bez-satura";
    const plain = await newConsumer(plainClient);
    await grant(plain.id, logged.serviceId);

    const send = (client: string, secret: string) =>
      call(`/r1/${logged.serviceId}/items?x=1`, {
        client,
        auth: `Bearer ${secret}`,
        method: "POST",
        headers: { "content-type": "application/json" },
        body: '{"name":"Jānis"}',
      });
    const withBodies = await send(logged.clientId, logged.secret);
    assert.equal(withBodies.status, 200, withBodies.text);
    assert.equal(provider.requests[0]?.body, '{"name":"Jānis"}', "the body goes on as it came");
    assert.equal(provider.requests[0]?.url, "/things/items?x=1");
    const row = await logRow(withBodies.headers.get("x-road-id") ?? "");
    assert.equal(row.request_body, `POST ${logged.serviceId}/items?x=1\n{"name":"Jānis"}`);
    assert.equal(row.response_body, withBodies.text);

    const without = await send(plainClient, plain.secret);
    assert.equal(without.status, 200);
    const plainRow = await logRow(without.headers.get("x-road-id") ?? "");
    assert.equal(plainRow.request_body, null);
    assert.equal(plainRow.response_body, null);
    assert.equal(plainRow.request_hash, row.request_hash, "the same request hashes the same");
  });

  test("the demo registers answer nobody but the gateway", async () => {
    const direct = `${origin}/registri/iedzivotaji/persons/${JANIS}`;
    assert.equal((await fetch(direct)).status, 401);
    const withConsumerSecret = await fetch(direct, { headers: { authorization: `Bearer ${secretOf(INFORMATIVE)}` } });
    assert.equal(withConsumerSecret.status, 401);
    const body = await withConsumerSecret.text();
    assert.ok(!body.includes("Bērziņš"), "no personal data in the refusal");
    assert.equal((await fetch(`${origin}/registri/transportlidzekli/owners/${JANIS}/vehicles`)).status, 401);
  });

  test("who used my data: bus calls about the person, but not those under an exception grant", async () => {
    const person = { id: randomUUID(), personalCode: JANIS };
    const none = { institution: null, from: null, to: null };
    // Earlier tests may have called about this person too: count from here.
    const before = await dataUsesOf(db(), person, none);
    const vidBefore = (await dataUsesOf(db(), person, { ...none, institution: "VID" })).length;

    const own = await call(`/r1/${PERSONS}/${JANIS}`, { headers: { "x-road-userid": `user:${person.id}` } });
    assert.equal(own.status, 200);
    const tax = await call(`/r1/${PERSONS}/${JANIS}`, { client: VID, headers: { "x-road-userid": "user:tax-officer" } });
    assert.equal(tax.status, 200);
    const police = await call(`/r1/${REGISTER_SERVICES.vehicleOwners}/${JANIS}/vehicles`, { client: POLICE });
    assert.equal(police.status, 200, police.text);
    const policeRow = await logRow(police.headers.get("x-road-id") ?? "");
    assert.ok(policeRow.subjects.includes(JANIS), "the investigation's call was about the person and is logged as such");

    const uses = await dataUsesOf(db(), person, none);
    const bus = uses.filter((u) => u.source === "bus");
    assert.equal(bus.length, before.filter((u) => u.source === "bus").length + 2);
    assert.ok(!bus.some((u) => u.institution === "VP"), "the exception grant's call is hidden");
    const mine = bus.find((u) => u.byThemselves);
    assert.ok(mine, "the person's own call");
    assert.equal(mine.institution, "VDAA");
    assert.equal(mine.provider, "PMLP");
    assert.deepEqual(mine.purpose, {
      lv: "Parādīt personai viņas datus valsts reģistros",
      en: "Showing a person their own data in state registers",
    });
    const taxUse = bus.find((u) => u.institution === "VID");
    assert.ok(taxUse);
    assert.equal(taxUse.byThemselves, false);
    assert.equal(taxUse.system, "VID nodokļu administrēšanas sistēma");

    const byVid = await dataUsesOf(db(), person, { ...none, institution: "VID" });
    assert.equal(byVid.length, vidBefore + 1);
    assert.ok(byVid.every((u) => u.institution === "VID"));
    assert.deepEqual(await dataUsesOf(db(), person, { ...none, institution: "VP" }), []);

    const day = (await logRow(tax.headers.get("x-road-id") ?? "")).logged_at.toISOString().slice(0, 10);
    const shift = (days: number) => {
      const d = new Date(`${day}T00:00:00Z`);
      d.setUTCDate(d.getUTCDate() + days);
      return d.toISOString().slice(0, 10);
    };
    assert.equal((await dataUsesOf(db(), person, { institution: "VID", from: day, to: day })).length, byVid.length);
    assert.deepEqual(await dataUsesOf(db(), person, { institution: "VID", from: shift(1), to: null }), []);
    assert.deepEqual(await dataUsesOf(db(), person, { institution: "VID", from: null, to: shift(-1) }), []);
  });

  test("concurrent calls are numbered without gaps and the chain holds", async () => {
    const answers = await Promise.all(Array.from({ length: 30 }, () => call(`/r1/${PERSONS}/${JANIS}`)));
    assert.deepEqual(
      answers.map((a) => a.status),
      Array(30).fill(200),
    );
    const rows = await db().selectFrom("exchange.message_log").select(["seq", "message_id"]).orderBy("seq").execute();
    assert.deepEqual(
      rows.map((r) => r.seq),
      rows.map((_, i) => i + 1),
    );
    const logged = new Set(rows.map((r) => r.message_id));
    for (const answer of answers) assert.ok(logged.has(answer.headers.get("x-road-id") ?? ""), "every answered call is logged");
    assert.deepEqual(await verifyMessageLog(db()), { rows: rows.length, broken: null });
  });

  test("the log refuses changes, and a change made around that shows in verification", async () => {
    await assert.rejects(sql`update exchange.message_log set status = 500 where seq = 3`.execute(db()), /append-only/);
    await assert.rejects(sql`delete from exchange.message_log where seq = 3`.execute(db()), /append-only/);
    const original = (await db().selectFrom("exchange.message_log").select("status").where("seq", "=", 3).executeTakeFirstOrThrow()).status;
    const rows = (await verifyMessageLog(db())).rows;

    const aroundTrigger = async (statement: ReturnType<typeof sql>) => {
      await sql`alter table exchange.message_log disable trigger message_log_append_only`.execute(db());
      try {
        await statement.execute(db());
      } finally {
        await sql`alter table exchange.message_log enable trigger message_log_append_only`.execute(db());
      }
    };
    await aroundTrigger(sql`update exchange.message_log set status = 500 where seq = 3`);
    assert.deepEqual(await verifyMessageLog(db()), { rows: 2, broken: { seq: 3, problem: "content_changed" } });

    await aroundTrigger(sql`update exchange.message_log set status = ${original} where seq = 3`);
    assert.deepEqual(await verifyMessageLog(db()), { rows, broken: null }, "put back as it was, the chain holds again");

    const middle = Math.floor(rows / 2);
    await aroundTrigger(sql`delete from exchange.message_subject where seq = ${middle}`);
    await aroundTrigger(sql`delete from exchange.message_log where seq = ${middle}`);
    const verdict = await verifyMessageLog(db());
    assert.equal(verdict.broken?.seq, middle);
    assert.ok(["row_missing", "link_broken"].includes(verdict.broken?.problem ?? ""), verdict.broken?.problem);
  });

  // Last: when it is not refused it empties the log.
  test("the log cannot be emptied with TRUNCATE either", async () => {
    await assert.rejects(sql`truncate exchange.message_log cascade`.execute(db()), /append-only/);
  });
});

/** Where a child process finds the database: a PGlite directory, or a PostgreSQL database of its own. */
type Store = { env: Record<string, string>; open(): Promise<Database>; dispose(): Promise<void> };

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
  const dir = mkdtempSync(join(tmpdir(), "epak-verify-log-"));
  return {
    env: { EPAK_DATA_DIR: dir },
    open: () => openDatabase({ kind: "pglite", dataDir: dir }),
    dispose: async () => rmSync(dir, { recursive: true, force: true }),
  };
}

function entry(n: number): LogEntry {
  return {
    messageId: `cli-${n}`,
    loggedAt: new Date(),
    consumer: INFORMATIVE,
    service: PERSONS,
    method: "GET",
    userId: null,
    issue: null,
    representedParty: null,
    grantId: null,
    purpose: null,
    status: 200,
    errorCode: null,
    durationMs: 3,
    requestHash: sha256(`GET ${PERSONS}/${n}\n`),
    responseHash: sha256(`{"n":${n}}`),
    requestBody: null,
    responseBody: null,
    subjects: [JANIS],
  };
}

describe("epak exchange verify-log", { timeout: 120_000 }, () => {
  let store: Store;
  before(async () => {
    store = await freshStore();
    const database = await store.open();
    try {
      await migrate(database.db);
      const log = new MessageLog(database.db);
      await Promise.all([1, 2, 3, 4].map((n) => log.append(entry(n))));
    } finally {
      await database.close();
    }
  });
  after(() => store.dispose());

  const verify = async () => {
    const epak = spawnEpak(store.env, ["exchange", "verify-log"]);
    return { code: await epak.exited, output: epak.output() };
  };

  test("says the log is intact and exits 0, then names the changed row and exits 1", async () => {
    const good = await verify();
    assert.equal(good.code, 0, good.output);
    assert.match(good.output, /intact: 4 rows/);

    const database = await store.open();
    try {
      await sql`alter table exchange.message_log disable trigger message_log_append_only`.execute(database.db);
      await sql`update exchange.message_log set consumer = 'LV/GOV/X/y' where seq = 2`.execute(database.db);
      await sql`alter table exchange.message_log enable trigger message_log_append_only`.execute(database.db);
    } finally {
      await database.close();
    }
    const bad = await verify();
    assert.equal(bad.code, 1, bad.output);
    assert.match(bad.output, /broken at row 2/);
    assert.match(bad.output, /no longer matches its hash/);
  });
});
