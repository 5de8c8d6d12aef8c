package org.tarjuma.testing;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.tarjuma.language.Languages;
import org.tarjuma.segment.Segmenter;

/** Shared test helpers: the real registries and the project's files. */
public final class Fixtures {

  public static final Languages LANGUAGES = Languages.standard();
  public static final Segmenter SEGMENTER = Segmenter.create(LANGUAGES);

  private Fixtures() {}

  /** The seed article as shipped in {@code seeds/}. */
  public static String seedArticle() {
    try {
      return Files.readString(Path.of("seeds/kandahar-strikes.txt"), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A test resource as UTF-8 text. */
  public static String resource(String path) {
    try (InputStream in = Fixtures.class.getResourceAsStream(path)) {
      if (in == null) {
        throw new IllegalArgumentException("no test resource " + path);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
