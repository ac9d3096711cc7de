// Mounts the development identity provider at /dev-idp: oidc-provider answers its protocol
// endpoints itself, and the pages where a person chooses a method and a person are Epak routes.
import { randomBytes } from "node:crypto";
import type { IncomingMessage } from "node:http";
import type { FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import type Provider from "oidc-provider";
import type { KoaContextWithOIDC } from "oidc-provider";
import { ACR, meetsLevel } from "../../platform/assurance.ts";
import { instanceSecret, OIDC_CLIENT_SECRET } from "../../platform/db/instance-secret.ts";
import { AppError } from "../../platform/errors.ts";
import type { FieldErrors } from "../../platform/html/components/error-summary.tsx";
import { formFields } from "../../platform/http/form-fields.ts";
import { parsePersonalCode } from "../../platform/identifiers/personal-code.ts";
import type { AppServices } from "../../platform/module.ts";
import { findPerson, testPersons } from "../population-register/index.ts";
import { findMethod, type LoginMethod, requestedLevel } from "./methods.ts";
import { createDevIdp, DEV_IDP_PREFIX, subjectOf } from "./provider.ts";
import { ChooseMethodPage, ChoosePersonPage, LogoutPage, ProviderErrorPage } from "./views.tsx";

export async function devIdpRoutes(app: FastifyInstance, { db, config, clock }: AppServices): Promise<void> {
  if (!config.identity.devIdp) return;
  // The provider's own pages are rendered for the Fastify request that handed it the call.
  const requests = new WeakMap<IncomingMessage, FastifyRequest>();
  const render = (ctx: KoaContextWithOIDC, body: preact.ComponentChildren) => {
    const request = requests.get(ctx.req);
    if (!request) throw new Error("dev-idp: a provider page outside a mounted request");
    // The page's own links (language switch, feedback) need the address as the browser sees it.
    const raw = ctx.req as IncomingMessage & { originalUrl?: string };
    if (raw.originalUrl) raw.url = raw.originalUrl;
    // The provider's own addresses carry no language; the client says which one in ui_locales.
    if (String(ctx.oidc?.params?.ui_locales ?? "").startsWith("en")) {
      request.locale = "en";
      request.t = app.translator("en");
    }
    return app.renderPage(request, body);
  };
  const provider = await createDevIdp(db, {
    issuer: `${config.publicUrl}${DEV_IDP_PREFIX}`,
    publicUrl: config.publicUrl,
    clientId: config.identity.clientId,
    clientSecret:
      config.identity.clientSecret ?? (await instanceSecret(db, OIDC_CLIENT_SECRET, () => randomBytes(32).toString("base64url"))),
    trustProxy: config.trustProxy,
    page: {
      error: (ctx, code) => render(ctx, <ProviderErrorPage code={code} />),
      logout: (ctx, form) => render(ctx, <LogoutPage action={attribute(form, "action")} xsrf={attribute(form, "value")} />),
    },
  });
  mountProvider(app, provider, requests);
  interactionRoutes(app, provider, () => clock.now().toISOString().slice(0, 10));
}

/** A value from oidc-provider's logout form, which it builds from values it escaped itself. */
function attribute(form: string, name: string): string {
  const match = new RegExp(`${name}="([^"]*)"`).exec(form);
  if (!match?.[1]) throw new Error(`dev-idp: the logout form has no ${name}`);
  return match[1].replaceAll("&amp;", "&");
}

function mountProvider(app: FastifyInstance, provider: Provider, requests: WeakMap<IncomingMessage, FastifyRequest>): void {
  const callback = provider.callback();
  void app.register(async (scope) => {
    // oidc-provider reads request bodies itself: Fastify leaves them unread here.
    scope.removeAllContentTypeParsers();
    scope.addContentTypeParser("*", (_request, _payload, done) => done(null));
    scope.all(`${DEV_IDP_PREFIX}/*`, { config: { csrf: false } }, (request, reply) => {
      const raw = request.raw as IncomingMessage & { originalUrl?: string };
      const url = raw.url ?? "/";
      raw.originalUrl = url;
      raw.url = url.slice(DEV_IDP_PREFIX.length) || "/";
      requests.set(raw, request);
      // A hijacked reply skips Fastify's headers: the security headers are copied by hand, all
      // but the content security policy, which would stop oidc-provider's own self-submitting
      // pages (their inline script); X-Frame-Options still keeps every page out of frames.
      for (const [name, value] of Object.entries(reply.getHeaders())) {
        if (name !== "content-security-policy" && value !== undefined) reply.raw.setHeader(name, value);
      }
      reply.hijack();
      callback(raw, reply.raw);
    });
  });
}

function interactionRoutes(app: FastifyInstance, provider: Provider, today: () => string): void {
  const base = `${DEV_IDP_PREFIX}/interaction/:uid`;

  async function details(request: FastifyRequest, reply: FastifyReply) {
    const { uid } = request.params as { uid: string };
    const found = await provider.interactionDetails(request.raw, reply.raw).catch(() => null);
    if (!found || found.uid !== uid || found.prompt.name !== "login") throw new AppError("dev_idp_interaction_expired", 400);
    return { uid, level: requestedLevel(found.params.acr_values) };
  }

  async function method(request: FastifyRequest, reply: FastifyReply): Promise<{ uid: string; method: LoginMethod }> {
    const { uid, level } = await details(request, reply);
    const chosen = findMethod((request.params as { method: string }).method);
    if (!chosen) throw new AppError("not_found", 404);
    if (!meetsLevel(chosen.level, level)) throw new AppError("dev_idp_method_too_low", 400);
    return { uid, method: chosen };
  }

  app.get(base, async (request, reply) => {
    const { uid, level } = await details(request, reply);
    return reply.header("cache-control", "no-store").page(<ChooseMethodPage uid={uid} level={level} csrfToken={reply.generateCsrf()} />);
  });

  app.get(`${base}/:method`, async (request, reply) => {
    const { uid, method: chosen } = await method(request, reply);
    return reply
      .header("cache-control", "no-store")
      .page(
        <ChoosePersonPage
          uid={uid}
          method={chosen}
          persons={testPersons()}
          chosen={null}
          typed=""
          errors={{}}
          csrfToken={reply.generateCsrf()}
          today={today()}
        />,
      );
  });

  app.post(`${base}/:method`, async (request, reply) => {
    const { uid, method: chosen } = await method(request, reply);
    const input = formFields(request.body, ["personalCode", "person"]);
    const typed = input.personalCode.trim();
    const errors: FieldErrors = {};
    let code: string | null = null;
    if (typed !== "") {
      const parsed = parsePersonalCode(typed);
      if (!parsed.ok) errors.personalCode = "dev_idp.personal_code.invalid";
      else if (!findPerson(parsed.code) || findPerson(parsed.code)?.deceasedOn) errors.personalCode = "dev_idp.personal_code.unknown";
      else code = parsed.code;
    } else if (input.person !== "" && findPerson(input.person)) {
      code = findPerson(input.person)?.personalCode ?? null;
    } else {
      errors.person = "dev_idp.person.required";
    }
    if (!code) {
      return reply
        .code(400)
        .header("cache-control", "no-store")
        .page(
          <ChoosePersonPage
            uid={uid}
            method={chosen}
            persons={testPersons()}
            chosen={input.person || null}
            typed={typed}
            errors={errors}
            csrfToken={reply.generateCsrf()}
            today={today()}
          />,
        );
    }
    const result = {
      login: {
        accountId: subjectOf(code),
        acr: ACR[chosen.level],
        amr: [chosen.kind === "bank" ? `bank:${chosen.id}` : chosen.id],
        remember: false,
      },
    };
    const to = await provider.interactionResult(request.raw, reply.raw, result, { mergeWithLastSubmission: false });
    return reply.redirect(to, 303);
  });

  app.post(`${base}/atcelt`, async (request, reply) => {
    await details(request, reply);
    const result = { error: "access_denied", error_description: "The person cancelled the login" };
    const to = await provider.interactionResult(request.raw, reply.raw, result, { mergeWithLastSubmission: false });
    return reply.redirect(to, 303);
  });
}
