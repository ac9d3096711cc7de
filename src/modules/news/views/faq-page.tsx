// Biežāk uzdotie jautājumi: a contents list linking to every question, then the answers by section.
import { Layout } from "../../../platform/html/layout.tsx";
import { usePage } from "../../../platform/html/page-context.ts";
import { localePath } from "../../../platform/i18n/locale.ts";
import type { AnswerBlock, FaqQuestion, FaqSection } from "../faq/faq.ts";
import { Breadcrumbs } from "./parts.tsx";

function Block({ block }: { block: AnswerBlock }) {
  if (typeof block === "string") return <p class="govuk-body">{block}</p>;
  return (
    <ul class="govuk-list govuk-list--bullet">
      {block.map((item) => (
        <li key={item}>{item}</li>
      ))}
    </ul>
  );
}

function Question({ question }: { question: FaqQuestion }) {
  const { t, locale } = usePage();
  return (
    <div class="govuk-!-margin-bottom-6">
      <h3 class="govuk-heading-s" id={question.id}>
        {question.question[locale]}
      </h3>
      {question.answer[locale].map((block, i) => (
        <Block key={i} block={block} />
      ))}
      {question.links ? (
        <p class="govuk-body">
          {t("news.faq.see_also")}{" "}
          {question.links.map((link, i) => (
            <span key={link.path}>
              {i > 0 ? ", " : null}
              <a class="govuk-link" href={localePath(locale, link.path)}>
                {link.text[locale]}
              </a>
            </span>
          ))}
        </p>
      ) : null}
    </div>
  );
}

function Contents({ sections }: { sections: readonly FaqSection[] }) {
  const { t, locale } = usePage();
  return (
    <nav class="govuk-!-margin-bottom-8" aria-labelledby="contents">
      <h2 class="govuk-heading-m" id="contents">
        {t("news.faq.contents")}
      </h2>
      <ol class="govuk-list govuk-list--number">
        {sections.map((section) => (
          <li key={section.id}>
            <a class="govuk-link" href={`#${section.id}`}>
              {section.heading[locale]}
            </a>
            <ul class="govuk-list govuk-list--bullet govuk-!-margin-top-2">
              {section.questions.map((q) => (
                // Apart enough that each link is a separate target on a touch screen.
                <li key={q.id} class="govuk-!-margin-bottom-2">
                  <a class="govuk-link" href={`#${q.id}`}>
                    {q.question[locale]}
                  </a>
                </li>
              ))}
            </ul>
          </li>
        ))}
      </ol>
    </nav>
  );
}

export function FaqPage({ sections }: { sections: readonly FaqSection[] }) {
  const { t, locale } = usePage();
  return (
    <Layout title={t("news.faq.title")} beforeMain={<Breadcrumbs crumbs={[{ label: t("news.crumb.home"), path: "/" }]} />}>
      <div class="govuk-grid-row">
        <div class="govuk-grid-column-two-thirds">
          <h1 class="govuk-heading-xl">{t("news.faq.title")}</h1>
          <p class="govuk-body-l">{t("news.faq.intro")}</p>
          <Contents sections={sections} />
          {sections.map((section) => (
            <section key={section.id} aria-labelledby={section.id}>
              <h2 class="govuk-heading-l" id={section.id}>
                {section.heading[locale]}
              </h2>
              {section.questions.map((q) => (
                <Question key={q.id} question={q} />
              ))}
              <p class="govuk-body govuk-!-margin-bottom-8">
                <a class="govuk-link" href="#contents">
                  {t("news.faq.to_contents")}
                </a>
              </p>
            </section>
          ))}
        </div>
      </div>
    </Layout>
  );
}
