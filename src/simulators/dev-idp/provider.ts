// The development identity provider: a real OpenID Connect provider (oidc-provider) that plays
// the national login module. Its interaction pages (choose a method, choose a person) are
// Epak routes; its keys and storage live in the database.
import { generateKeyPairSync, randomBytes } from "node:crypto";
import type { Kysely } from "kysely";
import Provider, { type Configuration, type KoaContextWithOIDC } from "oidc-provider";
import { ACR } from "../../platform/assurance.ts";
import { instanceSecret } from "../../platform/db/instance-secret.ts";
import type { Tables } from "../../platform/db/tables.ts";
import { findPerson } from "../population-register/index.ts";
import { databaseAdapter } from "./oidc-adapter.ts";

export const DEV_IDP_PREFIX = "/dev-idp";

export type DevIdpOptions = {
  issuer: string;
  publicUrl: string;
  clientId: string;
  clientSecret: string;
  trustProxy: boolean;
  /** Renders the provider's own pages (errors, logout confirmation) in Epak's shell. */
  page: {
    error(ctx: KoaContextWithOIDC, code: string): string;
    logout(ctx: KoaContextWithOIDC, form: string): string;
  };
};

/** The subject the provider gives a person: the ETSI semantics identifier of a Latvian personal code. */
export function subjectOf(personalCode: string): string {
  return `PNOLV-${personalCode}`;
}

function personalCodeOf(sub: string): string | null {
  return sub.startsWith("PNOLV-") ? sub.slice("PNOLV-".length) : null;
}

async function signingKey(db: Kysely<Tables>): Promise<Record<string, unknown>> {
  const jwk = await instanceSecret(db, "dev-idp-signing-key", () => {
    const { privateKey } = generateKeyPairSync("rsa", { modulusLength: 2048 });
    return JSON.stringify({ ...privateKey.export({ format: "jwk" }), kid: randomBytes(8).toString("hex"), use: "sig", alg: "RS256" });
  });
  return JSON.parse(jwk) as Record<string, unknown>;
}

export async function createDevIdp(db: Kysely<Tables>, options: DevIdpOptions): Promise<Provider> {
  const cookieKey = await instanceSecret(db, "dev-idp-cookie-key", () => randomBytes(32).toString("base64url"));
  const configuration: Configuration = {
    adapter: databaseAdapter(db),
    clients: [
      {
        client_id: options.clientId,
        client_secret: options.clientSecret,
        redirect_uris: [`${options.publicUrl}/pieslegties/atbilde`],
        post_logout_redirect_uris: [`${options.publicUrl}/izrakstits`, `${options.publicUrl}/en/izrakstits`],
        response_types: ["code"],
        grant_types: ["authorization_code"],
        token_endpoint_auth_method: "client_secret_basic",
      },
    ],
    jwks: { keys: [await signingKey(db)] },
    cookies: { keys: [cookieKey] },
    pkce: { required: () => true },
    acrValues: Object.values(ACR),
    claims: {
      // amr: how the person logged in (eid, eparaksts, bank:<bank>), shown in their login history.
      openid: ["sub", "amr"],
      profile: ["given_name", "family_name", "birthdate", "personal_code"],
    },
    // Epak is this provider's only client and reads the person's name from the ID token.
    conformIdTokenClaims: false,
    async findAccount(_ctx, sub) {
      const code = personalCodeOf(sub);
      const person = code ? findPerson(code) : null;
      if (!person) return undefined;
      return {
        accountId: sub,
        claims: () => ({
          sub,
          given_name: person.givenName,
          family_name: person.familyName,
          birthdate: person.birthDate,
          personal_code: person.personalCode,
        }),
      };
    },
    // A first-party provider: the person is not asked to consent to Epak reading their name.
    async loadExistingGrant(ctx) {
      const { client, session, provider } = ctx.oidc;
      if (!client || !session?.accountId) return undefined;
      const grantId = ctx.oidc.result?.consent?.grantId ?? session.grantIdFor(client.clientId);
      if (grantId) {
        const existing = await provider.Grant.find(grantId);
        if (existing) return existing;
      }
      const grant = new provider.Grant({ clientId: client.clientId, accountId: session.accountId });
      grant.addOIDCScope("openid profile");
      await grant.save();
      return grant;
    },
    interactions: {
      url: (ctx, interaction) => {
        const english = String(ctx.oidc.params?.ui_locales ?? "").startsWith("en");
        return `${english ? "/en" : ""}${DEV_IDP_PREFIX}/interaction/${interaction.uid}`;
      },
    },
    features: {
      devInteractions: { enabled: false },
      rpInitiatedLogout: {
        enabled: true,
        logoutSource(ctx, form) {
          ctx.type = "html";
          ctx.body = options.page.logout(ctx, form);
        },
      },
    },
    renderError(ctx, out) {
      ctx.type = "html";
      ctx.body = options.page.error(ctx, String(out.error ?? "server_error"));
    },
    ttl: {
      Interaction: 600,
      Session: 8 * 3600,
      Grant: 8 * 3600,
      AuthorizationCode: 60,
      IdToken: 300,
      AccessToken: 300,
    },
  };
  const provider = new Provider(options.issuer, configuration);
  provider.proxy = options.trustProxy;
  return provider;
}
