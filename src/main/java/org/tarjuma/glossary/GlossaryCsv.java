package org.tarjuma.glossary;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;
import org.tarjuma.web.FormulaGuard;

/**
 * The glossary as CSV for spreadsheets (RFC 4180, UTF-8, through Apache Commons CSV): one row an
 * entry; lists inside a cell are separated by {@code " | "}, a forbidden form is {@code form:
 * reason}, and {@code case_sensitive} lists the English terms that match only as written. Cells a
 * spreadsheet would run as formulas are quoted ({@link FormulaGuard}) and read back as they were.
 */
final class GlossaryCsv {

  static final List<String> TARGETS = List.of("ur", "ps", "prs");
  private static final List<String> PER_LANGUAGE =
      List.of("", "_variants", "_forbidden", "_status", "_do_not_translate", "_note", "_paradigms");
  private static final String LIST = " | ";
  private static final Pattern LINE = Pattern.compile("line (\\d+)");

  private GlossaryCsv() {}

  static List<String> header() {
    List<String> columns =
        new ArrayList<>(
            List.of(
                "id",
                "english",
                "english_variants",
                "case_sensitive",
                "part_of_speech",
                "domains",
                "note"));
    for (String lang : TARGETS) {
      for (String suffix : PER_LANGUAGE) {
        columns.add(lang + suffix);
      }
    }
    return columns;
  }

  static void write(List<Entry> entries, Writer out) {
    try (CSVPrinter csv =
        new CSVPrinter(
            out, CSVFormat.RFC4180.builder().setHeader(header().toArray(String[]::new)).get())) {
      for (Entry entry : entries) {
        List<String> row = new ArrayList<>();
        Entry.English english = entry.english();
        row.add(entry.id());
        row.add(english.preferred().text());
        row.add(join(english.variants().stream().map(Entry.SourceTerm::text).toList()));
        row.add(
            join(
                english.all().stream()
                    .filter(Entry.SourceTerm::caseSensitive)
                    .map(Entry.SourceTerm::text)
                    .toList()));
        row.add(english.partOfSpeech());
        row.add(join(english.domains()));
        row.add(english.note());
        for (String lang : TARGETS) {
          Entry.Forms forms = entry.targets().get(lang);
          if (forms == null) {
            row.addAll(List.of("", "", "", "", "", "", ""));
          } else {
            row.add(forms.preferred());
            row.add(join(forms.variants()));
            row.add(
                join(forms.forbidden().stream().map(f -> f.form() + ": " + f.reason()).toList()));
            row.add(forms.status().name().toLowerCase(Locale.ROOT));
            row.add(forms.doNotTranslate() ? "yes" : "no");
            row.add(forms.note());
            row.add(ParadigmText.write(entry, lang, forms));
          }
        }
        csv.printRecord(row.stream().map(FormulaGuard::guard).toList());
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write CSV", e);
    }
  }

  /** Reads CSV bytes, strictly UTF-8; errors name the line. */
  static List<Entry> read(byte[] bytes, String where) {
    return readWithWarnings(bytes, where).entries();
  }

  /**
   * Entries read from a file, what of it was passed over, and whether the file holds only terms
   * (every layout but Tarjuma's own columns).
   */
  record Read(List<Entry> entries, List<String> warnings, boolean termsOnly) {

    /**
     * The entries to import: Tarjuma's own columns as read; a file of terms only merged into the
     * glossary's entries (see {@link TermsOnlyFile}).
     */
    List<Entry> entries(List<Entry> glossary) {
      return termsOnly ? TermsOnlyFile.merged(entries, glossary) : entries;
    }
  }

  /** Like {@link #readWithWarnings(byte[], String, String)} with no target language named. */
  static Read readWithWarnings(byte[] bytes, String where) {
    return readWithWarnings(bytes, where, null);
  }

  /**
   * Reads Tarjuma's own columns; or, one proposed entry a row, other columns passed over with a
   * warning: a plain glossary whose header is language codes ({@code en,ur,ps,prs}), Crowdin's
   * glossary export or Weblate's CSV (see {@link CsvLayout}), or OmegaT's tab-separated glossary
   * (see {@link OmegatGlossary}). Weblate's and OmegaT's files hold one target language, {@code
   * lang}.
   *
   * @param lang ur, ps or prs, the target language of a one-language file; or null
   * @throws GlossaryFileException for anything it cannot read, naming the line; an unknown header
   *     names the layouts read
   */
  static Read readWithWarnings(byte[] bytes, String where, String lang) {
    if (lang != null && !TARGETS.contains(lang)) {
      throw new IllegalArgumentException("lang must be one of " + TARGETS + ": " + lang);
    }
    String text = utf8(bytes, where);
    if (OmegatGlossary.isOne(text)) {
      return OmegatGlossary.read(text, lang, where);
    }
    List<Entry> entries = new ArrayList<>();
    CSVFormat format = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get();
    try (CSVParser csv = CSVParser.parse(new StringReader(text), format)) {
      Map<String, Integer> header = csv.getHeaderMap();
      if (!header.containsKey("id") || !header.containsKey("english")) {
        CsvLayout layout = CsvLayout.of(csv.getHeaderNames(), lang, where);
        if (layout != null) {
          return layout.read(csv, lang, where);
        }
      }
      for (String required : List.of("id", "english")) {
        if (!header.containsKey(required)) {
          throw new GlossaryFileException(
              where,
              1,
              "the header has no '"
                  + required
                  + "' column; expected "
                  + header()
                  + "; or "
                  + CsvLayout.EXPECTED);
        }
      }
      for (CSVRecord row : csv) {
        entries.add(entry(row, where));
      }
    } catch (IOException
        | UncheckedIOException
        | IllegalStateException
        | IllegalArgumentException e) {
      String message =
          e.getCause() != null && e instanceof UncheckedIOException
              ? e.getCause().getMessage()
              : e.getMessage();
      Matcher line = LINE.matcher(String.valueOf(message));
      throw new GlossaryFileException(
          where, line.find() ? Integer.parseInt(line.group(1)) : -1, "not valid CSV: " + message);
    }
    return new Read(entries, List.of(), false);
  }

  private static Entry entry(CSVRecord row, String where) {
    int line = (int) row.getRecordNumber() + 1;
    if (!row.isConsistent()) {
      throw new GlossaryFileException(
          where,
          line,
          "the row has "
              + row.size()
              + " cells, the header "
              + row.getParser().getHeaderNames().size());
    }
    List<String> caseSensitive = split(cell(row, "case_sensitive"));
    List<Entry.SourceTerm> variants =
        split(cell(row, "english_variants")).stream()
            .map(v -> new Entry.SourceTerm(v, caseSensitive.contains(v)))
            .toList();
    String english = cell(row, "english");
    Entry.English side =
        new Entry.English(
            new Entry.SourceTerm(english, caseSensitive.contains(english)),
            variants,
            cell(row, "part_of_speech"),
            split(cell(row, "domains")),
            cell(row, "note"));
    Map<String, Entry.Forms> targets = new LinkedHashMap<>();
    for (String lang : TARGETS) {
      String preferred = cell(row, lang);
      if (!preferred.isEmpty()) {
        targets.put(
            lang,
            new Entry.Forms(
                preferred,
                split(cell(row, lang + "_variants")),
                forbidden(cell(row, lang + "_forbidden")),
                cell(row, lang + "_do_not_translate").equalsIgnoreCase("yes"),
                status(cell(row, lang + "_status"), where, line),
                cell(row, lang + "_note"),
                ParadigmText.read(lang, cell(row, lang + "_paradigms"), where, line)));
      }
    }
    // A row whose id is left empty gets one from its English term, as an entry added without one.
    return new Entry(
        EntryProblems.id(new Entry(cell(row, "id"), 1, side, targets)), 1, side, targets);
  }

  private static Entry.Status status(String value, String where, int line) {
    if (value.isEmpty()) {
      return Entry.Status.PROPOSED;
    }
    try {
      return Entry.Status.valueOf(value.toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new GlossaryFileException(
          where, line, "status '" + value + "' is not one of proposed, approved, deprecated");
    }
  }

  private static List<Entry.Forbidden> forbidden(String cell) {
    return split(cell).stream()
        .map(
            item -> {
              int colon = item.indexOf(':');
              return colon < 0
                  ? new Entry.Forbidden(item, "")
                  : new Entry.Forbidden(
                      item.substring(0, colon).strip(), item.substring(colon + 1).strip());
            })
        .toList();
  }

  private static String cell(CSVRecord row, String column) {
    String text = row.isMapped(column) && row.isSet(column) ? row.get(column).strip() : "";
    return FormulaGuard.unguard(text);
  }

  private static String join(List<String> items) {
    return String.join(LIST, items);
  }

  private static List<String> split(String cell) {
    return cell.isBlank()
        ? List.of()
        : Arrays.stream(cell.split(" \\| ")).map(String::strip).filter(s -> !s.isEmpty()).toList();
  }

  /** The text of {@code bytes} as UTF-8; bytes that are not name the line they are on. */
  private static String utf8(byte[] bytes, String where) {
    CharsetDecoder decoder =
        StandardCharsets.UTF_8
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(bytes);
    CharBuffer out = CharBuffer.allocate(bytes.length + 1);
    CoderResult result = decoder.decode(in, out, true);
    if (result.isError()) {
      int line = 1;
      for (int i = 0; i < in.position(); i++) {
        line += bytes[i] == '\n' ? 1 : 0;
      }
      throw new GlossaryFileException(
          where, line, "not UTF-8 (byte " + in.position() + "); save the file as UTF-8 CSV");
    }
    decoder.flush(out);
    String text = out.flip().toString();
    return text.startsWith("\uFEFF") ? text.substring(1) : text;
  }
}
