// Epak as an OpenID Connect relying party: the authorization code flow with PKCE, state and
// nonce, against whichever provider the configuration names. openid-client checks the ID
// token's issuer, audience, expiry and nonce, and (asked to: see #config) its signature; Epak
// then reads the level from `acr`.
import * as oidc from "openid-client";
import { ACR, type LevelOfAssurance, levelFromAcr } from "../../../platform/assurance.ts";
import { AppError } from "../../../platform/errors.ts";
import { parsePersonalCode } from "../../../platform/identifiers/personal-code.ts";

export type LoginRequest = { state: string; nonce: string; verifier: string };

export type ProvenIdentity = {
  personalCode: string;
  givenName: string;
  familyName: string;
  level: LevelOfAssurance;
  method: string;
};

export type RelyingPartyOptions = {
  issuer: string;
  clientId: string;
  clientSecret: string;
  redirectUri: string;
  /** For calls to the provider; tests pass one that tampers with its answers. */
  fetch?: typeof fetch;
};

export class RelyingParty {
  readonly #options: RelyingPartyOptions;
  #configuration: Promise<oidc.Configuration> | null = null;

  constructor(options: RelyingPartyOptions) {
    this.#options = options;
  }

  /** The provider's metadata, fetched on first use (the provider may be this very process, not yet listening at start). */
  async #config(): Promise<oidc.Configuration> {
    if (!this.#configuration) {
      const { issuer, clientId, clientSecret } = this.#options;
      const insecure = new URL(issuer).protocol === "http:";
      // openid-client trusts an ID token from the token endpoint on the strength of TLS alone;
      // Epak checks its signature against the provider's keys as well, so that a token altered
      // anywhere on the way (or a provider reached over plain HTTP in development) is refused.
      const execute = [oidc.enableNonRepudiationChecks, ...(insecure ? [oidc.allowInsecureRequests] : [])];
      const options: oidc.DiscoveryRequestOptions = { execute };
      if (this.#options.fetch) options[oidc.customFetch] = this.#options.fetch as oidc.CustomFetch;
      this.#configuration = oidc.discovery(new URL(issuer), clientId, clientSecret, oidc.ClientSecretBasic(clientSecret), options);
      // A provider that was down is asked again next time rather than never.
      this.#configuration.catch(() => {
        this.#configuration = null;
      });
    }
    try {
      return await this.#configuration;
    } catch (error) {
      throw new AppError("login_unavailable", 503, undefined, { cause: error });
    }
  }

  async authorizationUrl(options: { level: LevelOfAssurance; locale: string }): Promise<{ url: string; request: LoginRequest }> {
    const config = await this.#config();
    const request = { state: oidc.randomState(), nonce: oidc.randomNonce(), verifier: oidc.randomPKCECodeVerifier() };
    const url = oidc.buildAuthorizationUrl(config, {
      redirect_uri: this.#options.redirectUri,
      scope: "openid profile",
      code_challenge: await oidc.calculatePKCECodeChallenge(request.verifier),
      code_challenge_method: "S256",
      state: request.state,
      nonce: request.nonce,
      acr_values: ACR[options.level],
      // Every Epak login is a fresh one: a shared computer must not log the next person in as the last.
      prompt: "login",
      ui_locales: options.locale,
    });
    return { url: url.href, request };
  }

  /** Exchanges the code for tokens and reads who logged in; any check that fails refuses the login. */
  async finish(callbackUrl: URL, request: LoginRequest): Promise<ProvenIdentity> {
    const config = await this.#config();
    let tokens: Awaited<ReturnType<typeof oidc.authorizationCodeGrant>>;
    try {
      tokens = await oidc.authorizationCodeGrant(config, callbackUrl, {
        pkceCodeVerifier: request.verifier,
        expectedState: request.state,
        expectedNonce: request.nonce,
        idTokenExpected: true,
      });
    } catch (error) {
      throw new AppError("login_failed", 400, undefined, { cause: error });
    }
    const claims = tokens.claims();
    const level = levelFromAcr(claims?.acr);
    // Only a valid personal code (in its plain 11-digit form) is ever stored or used to ask registers.
    const parsed = typeof claims?.personal_code === "string" ? parsePersonalCode(claims.personal_code) : null;
    const personalCode = parsed?.ok ? parsed.code : null;
    const givenName = claims?.given_name;
    const familyName = claims?.family_name;
    if (!claims || !level || !personalCode || typeof givenName !== "string" || typeof familyName !== "string" || !tokens.id_token) {
      throw new AppError("login_failed", 400);
    }
    const amr = Array.isArray(claims.amr) ? claims.amr.filter((m): m is string => typeof m === "string") : [];
    return { personalCode, givenName, familyName, level, method: amr[0] ?? "unknown" };
  }

  /**
   * Where to send the browser so the provider ends its session too; null if it has no such
   * endpoint. By client id, not id_token_hint: the ID token holds the personal code, which has no
   * business in an address (browser history, the provider's access log).
   */
  async endSessionUrl(postLogoutRedirectUri: string, locale: string): Promise<string | null> {
    const config = await this.#config().catch(() => null);
    if (!config?.serverMetadata().end_session_endpoint) return null;
    const params: Record<string, string> = {
      post_logout_redirect_uri: postLogoutRedirectUri,
      client_id: this.#options.clientId,
      ui_locales: locale,
    };
    return oidc.buildEndSessionUrl(config, params).href;
  }
}
