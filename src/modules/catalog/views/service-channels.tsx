// "How to get it": the e-service's start button first, where there is one, then the client
// service centres, in person, by post and by phone, each with its hours and notes. The start
// button of a service's own e-service on this portal says what that e-service lets one do.
import type { ComponentChildren } from "preact";
import { usePage } from "../../../platform/html/page-context.ts";
import { safeLocalPath } from "../../../platform/http/local-path.ts";
import { type Locale, localePath } from "../../../platform/i18n/locale.ts";
import type { EServiceLink } from "../eservice-link.ts";
import { CHANNEL_TYPES, type Channel, type ChannelType } from "../model.ts";
import { labelKey } from "./labels.ts";

/**
 * An Epak path is a page of this site, in the page's language; anything else (including a
 * protocol-relative "//host/…") is another site, whose name the page says before sending anyone there.
 */
function channelHref(url: string, locale: Locale): { href: string; host: string | null } {
  const local = safeLocalPath(url);
  if (local) return { href: localePath(locale, local), host: null };
  return { href: url, host: URL.parse(url, "https://epak.invalid/")?.host ?? null };
}

function StartButton({ channel, children }: { channel: Channel & { url: string }; children?: ComponentChildren }) {
  const { locale, t } = usePage();
  const { href, host } = channelHref(channel.url, locale);
  return (
    <div class="govuk-!-margin-bottom-6">
      {children}
      {channel.note ? <p class="govuk-body">{channel.note[locale]}</p> : null}
      {channel.hours ? <p class="govuk-body">{t("catalog.pages.channel.hours", { hours: channel.hours[locale] })}</p> : null}
      <a href={href} draggable={false} class="govuk-button govuk-button--start govuk-!-margin-bottom-2">
        {t("catalog.pages.channel.start")}
        <svg
          class="govuk-button__start-icon"
          xmlns="http://www.w3.org/2000/svg"
          width="17.5"
          height="19"
          viewBox="0 0 33 40"
          aria-hidden="true"
          focusable="false"
        >
          <path fill="currentColor" d="M0 0h13l20 20-20 20H0l20-20z" />
        </svg>
      </a>
      {host ? <p class="govuk-body-s">{t("catalog.pages.channel.elsewhere", { host })}</p> : null}
    </div>
  );
}

/** One way of getting the service that is not a start button: its name, then each entry's note and hours. */
function ChannelGroup({ type, channels }: { type: ChannelType; channels: Channel[] }) {
  const { locale, t } = usePage();
  return (
    <>
      <h3 class="govuk-heading-s">{t(labelKey.channel(type))}</h3>
      {channels.map((c, i) => (
        <div key={i}>
          {c.note ? <p class="govuk-body">{c.note[locale]}</p> : null}
          {c.hours ? <p class="govuk-body">{t("catalog.pages.channel.hours", { hours: c.hours[locale] })}</p> : null}
          {c.url ? (
            <p class="govuk-body">
              <a class="govuk-link" href={channelHref(c.url, locale).href}>
                {t("catalog.pages.channel.more")}
              </a>
            </p>
          ) : null}
        </div>
      ))}
    </>
  );
}

/** What the e-service lets a person do online, in words, with its level. */
function EServiceLevel({ link }: { link: EServiceLink }) {
  const { t } = usePage();
  return (
    <p class="govuk-body">
      {t("catalog.pages.eservice.level", { level: link.maturity })} {t(`catalog.pages.eservice.does.${link.maturity}`)}
    </p>
  );
}

export function ServiceChannels({ channels, eService }: { channels: Channel[]; eService: EServiceLink | null }) {
  const { t } = usePage();
  const starts = channels.filter((c): c is Channel & { url: string } => c.type === "online" && c.url !== undefined);
  const others = CHANNEL_TYPES.map((type) => ({
    type,
    list: channels.filter((c) => c.type === type && !(c.type === "online" && c.url !== undefined)),
  })).filter((g) => g.list.length > 0);
  return (
    <section aria-labelledby="how-to-get">
      <h2 class="govuk-heading-l" id="how-to-get">
        {t("catalog.pages.service.how_to_get")}
      </h2>
      {channels.length === 0 ? <p class="govuk-body">{t("catalog.pages.service.no_channels")}</p> : null}
      {starts.map((c, i) => (
        <StartButton key={i} channel={c}>
          {eService?.path === c.url ? <EServiceLevel link={eService} /> : null}
        </StartButton>
      ))}
      {others.map((g) => (
        <ChannelGroup key={g.type} type={g.type} channels={g.list} />
      ))}
    </section>
  );
}
