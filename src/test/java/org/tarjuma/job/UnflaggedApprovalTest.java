package org.tarjuma.job;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.web.util.HtmlUtils;
import org.tarjuma.testing.PageSession;

/**
 * "Approve every segment without flags" over HTTP: what it approves and records, and whom and which
 * languages it refuses.
 */
class UnflaggedApprovalTest extends ReviewPages {

  // Urdu: 0, 1 and 3 from the engine's dictionary, unflagged; 2 sent back untranslated, flagged.
  private static final String ARTICLE =
      "The path ahead remains uncertain. The operation carried deep strategic messaging."
          + " The convoy crossed the river at dawn. The strikes have drawn measured reactions from"
          + " regional stakeholders and global observers.";

  private String article() {
    String id = submit(ARTICLE, "ur", "prs");
    assertThat(row(id, "ur", 0).segment().qa()).isEmpty();
    assertThat(row(id, "ur", 1).segment().qa()).isEmpty();
    assertThat(row(id, "ur", 2).segment().qa()).isNotEmpty();
    assertThat(row(id, "ur", 3).segment().qa()).isEmpty();
    assertThat(row(id, "prs", 0).segment().target()).isNull();
    return id;
  }

  @Test
  void approvesTheUnflaggedUndecidedSegmentsOfTheTranslatorsLanguagesAndSaysHowMany() {
    String id = article();
    createUser("zarmina", "translator", "ur");
    PageSession page = PageSession.signIn(port, "zarmina", "zarmina-strong-password");
    var rejected =
        page.post("/articles/" + id + "/segments/ur/3", Map.of("action", "reject", "version", "0"));
    assertThat(rejected.statusCode()).isEqualTo(200);

    // The confirmation counts the two Urdu segments: not the flagged one, not the rejected one.
    HttpResponse<String> confirm = page.get("/articles/" + id + "/approve-unflagged");
    assertThat(confirm.statusCode()).isEqualTo(200);
    assertThat(confirm.body())
        .contains("Urdu: 2 segments", "Approve 2 segments")
        .doesNotContain("Dari");
    assertThat(row(id, "ur", 0).review().review()).isNull();

    HttpResponse<String> approved = page.post("/articles/" + id + "/approve-unflagged", Map.of());
    assertThat(approved.statusCode()).isEqualTo(302);
    assertThat(approved.headers().firstValue("Location").orElseThrow()).endsWith("/articles/" + id);
    assertThat(page.get("/articles/" + id).body())
        .contains("Approved 2 segments without flags.", "Urdu: 2");

    // Recorded as single approvals are: by whom, a new version; the others as they were.
    for (int position : new int[] {0, 1}) {
      JobSegments.ReviewState state = row(id, "ur", position).review();
      assertThat(state).isEqualTo(new JobSegments.ReviewState(1, "approved", "zarmina"));
    }
    assertThat(row(id, "ur", 2).review()).isEqualTo(new JobSegments.ReviewState(0, null, null));
    assertThat(row(id, "ur", 3).review().review()).isEqualTo("rejected");
    assertThat(row(id, "prs", 0).review().review()).isNull();

    // Once more: nothing left to approve.
    page.post("/articles/" + id + "/approve-unflagged", Map.of());
    assertThat(page.get("/articles/" + id).body()).contains("Approved 0 segments without flags.");

    // An approved segment is translation memory now: a new article gets it without an engine.
    String again = submit("The path ahead remains uncertain.", "ur");
    assertThat(row(again, "ur", 0).segment().origin()).isEqualTo("memory");
  }

  @Test
  void refusesRolesAndLanguagesNotTheCallersAndChangesNothing() {
    String id = article();
    createUser("gulalai", "translator", "ur");
    createUser("farid", "curator");
    PageSession translator = PageSession.signIn(port, "gulalai", "gulalai-strong-password");
    PageSession curator = PageSession.signIn(port, "farid", "farid-strong-password");
    String path = "/articles/" + id + "/approve-unflagged";

    createUser("wazhma", "translator", "ps");
    PageSession pashto = PageSession.signIn(port, "wazhma", "wazhma-strong-password");
    assertRefused(
        pashto.get(path), 403, "lang: wazhma may not approve any language of this article");
    // Another role is refused by the page rules, before the page.
    assertThat(curator.get(path).statusCode()).isEqualTo(403);
    assertThat(curator.post(path, Map.of()).statusCode()).isEqualTo(403);
    assertRefused(
        translator.post(path, Map.of("lang", "prs")), 403, "lang: gulalai may not approve prs");
    assertRefused(
        translator.post(path, Map.of("lang", "ps")),
        400,
        "lang: this article is translated into ur, prs");
    assertRefused(
        translator.post("/articles/no-such-job/approve-unflagged", Map.of()), 404, "No article");
    assertThat(translator.postWithoutToken(path, Map.of()).statusCode()).isEqualTo(403);

    for (int position = 0; position < 4; position++) {
      assertThat(row(id, "ur", position).review())
          .isEqualTo(new JobSegments.ReviewState(0, null, null));
    }
  }

  /** A refusal shown to the browser as the error page, with the problem's detail. */
  private static void assertRefused(HttpResponse<String> answer, int status, String detail) {
    assertThat(answer.statusCode()).as(answer.body()).isEqualTo(status);
    assertThat(answer.headers().firstValue("Content-Type").orElse("")).startsWith("text/html");
    assertThat(HtmlUtils.htmlUnescape(answer.body())).contains(detail);
  }
}
