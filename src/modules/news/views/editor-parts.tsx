// Pieces the editors' news pages share: the way back up, an article's state, and what just happened to it.
import { SuccessBanner } from "../../../platform/html/components/success-banner.tsx";
import { usePage } from "../../../platform/html/page-context.ts";
import type { ArticleStatus } from "../news.repository.ts";
import { EDITOR_PATHS } from "../paths.ts";
import { Breadcrumbs } from "./parts.tsx";

const TAG_COLOUR: Record<ArticleStatus, string> = {
  draft: "govuk-tag--yellow",
  published: "govuk-tag--green",
  unpublished: "govuk-tag--grey",
};

export function StatusTag({ status }: { status: ArticleStatus }) {
  const { t } = usePage();
  return <strong class={`govuk-tag ${TAG_COLOUR[status]}`}>{t(`news.editor.status.${status}`)}</strong>;
}

/** Darba vieta › Aktualitātes, and the list itself on the pages below it. */
export function EditorCrumbs({ withList = true }: { withList?: boolean }) {
  const { t } = usePage();
  const crumbs = [{ label: t("news.editor.crumb.workplace"), path: "/darbs" }];
  if (withList) crumbs.push({ label: t("news.editor.list.title"), path: EDITOR_PATHS.list });
  return <Breadcrumbs crumbs={crumbs} />;
}

/** Shown on top of the preview after the editor did something to the article. */
export function EditorNotice({ notice }: { notice: EditorNoticeKind | null }) {
  const { t } = usePage();
  return <SuccessBanner text={notice ? t(`news.editor.notice.${notice}`) : null} />;
}

export type EditorNoticeKind = "saved" | "published" | "republished" | "unpublished";
