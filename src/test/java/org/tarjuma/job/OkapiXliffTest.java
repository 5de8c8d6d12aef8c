package org.tarjuma.job;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tarjuma.job.TranslatedFiles.normalized;

import java.io.StringWriter;
import java.net.http.HttpResponse;
import java.util.Map;
import net.sf.okapi.lib.xliff2.core.Fragment;
import net.sf.okapi.lib.xliff2.core.Segment;
import net.sf.okapi.lib.xliff2.core.Tag;
import net.sf.okapi.lib.xliff2.core.TargetState;
import net.sf.okapi.lib.xliff2.reader.Event;
import net.sf.okapi.lib.xliff2.reader.XLIFFReader;
import net.sf.okapi.lib.xliff2.writer.XLIFFWriter;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.tarjuma.testing.ApiClient;
import tools.jackson.databind.JsonNode;

/** Tarjuma reads the XLIFF 2 that Okapi's own library writes back from Tarjuma's export. */
@SpringBootTest(
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = {
      "spring.datasource.url=jdbc:h2:mem:xliff-upload;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DB_CLOSE_DELAY=-1",
      "tarjuma.memory.seed-path=target/no-seeds"
    })
class OkapiXliffTest {

  /** What a translator typed for each run of English text. */
  private static final Map<String, String> TYPED =
      Map.of(
          "The ", "",
          "minister", "وزیرِ داخلہ",
          " left on Monday.", " پیر کو روانہ ہوئے۔",
          "The talks ended.", "بات چیت ختم ہوئی۔",
          "It rained.", "بارش برسی۔");

  static {
    // Okapi asks for a StAX provider by name with its own class loader, which finds none unless
    // one is named (its pom brings Woodstox, which we leave out); this names the JDK's own, the
    // one the application reads with.
    System.setProperty(
        "javax.xml.stream.XMLInputFactory", "com.sun.xml.internal.stream.XMLInputFactoryImpl");
  }

  @LocalServerPort int port;
  @Autowired JobStore store;
  @Autowired JobSegments rows;

  // Okapi reads the export, sets every target (codes kept as its tags) and writes the file with
  // its own writer; the upload applies every target, the codes back as Tarjuma's tags.
  @Test
  void aFileOkapiWroteIsApplied() {
    ApiClient api = new ApiClient(port);
    TranslatedFiles.store(store, rows, "okapi-1");
    String translated = translateWithOkapi(TranslatedFiles.export(api, "okapi-1", "ur"));
    assertThat(translated).contains("<pc id=\"c1\""); // Okapi pairs sc/ec as pc

    HttpResponse<String> response = TranslatedFiles.upload(api, "okapi-1", "ur", translated, null);

    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    JsonNode totals = ApiClient.json(response).get("totals");
    assertThat(totals.get("updated").asInt()).as(response.body()).isEqualTo(3);
    assertThat(rows.reviewed("okapi-1", "ur"))
        .extracting(s -> s.segment().target())
        .containsExactly(
            normalized("ur", "<1>وزیرِ داخلہ</1> پیر کو روانہ ہوئے۔"),
            normalized("ur", "بات چیت ختم ہوئی۔"),
            normalized("ur", "بارش برسی۔"));
  }

  private static String translateWithOkapi(String exported) {
    StringWriter out = new StringWriter();
    try (XLIFFReader reader = new XLIFFReader();
        XLIFFWriter writer = new XLIFFWriter()) {
      reader.open(exported);
      writer.create(out, "en", "ur");
      while (reader.hasNext()) {
        Event event = reader.next();
        if (event.isUnit()) {
          event.getUnit().getSegments().forEach(OkapiXliffTest::translate);
        }
        writer.writeEvent(event);
      }
    }
    return out.toString();
  }

  /** The segment's target: each run of text as typed, each code as in the source. */
  private static void translate(Segment segment) {
    Fragment target = new Fragment(segment.getStore(), true);
    for (Object piece : segment.getSource()) {
      if (piece instanceof Tag tag) {
        target.append(tag.getTagType(), tag.getId(), null, false);
      } else {
        target.append(TYPED.get(piece.toString()));
      }
    }
    segment.setTarget(target);
    segment.setState(TargetState.TRANSLATED);
  }
}
