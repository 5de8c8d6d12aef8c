package org.tarjuma.glossary;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Base64;
import org.springframework.http.HttpStatus;
import org.springframework.web.multipart.MultipartFile;
import org.tarjuma.web.Problems;

/** The file the import page sends: uploaded, or kept in the form (base64) after a dry run. */
final class ImportForm {

  private ImportForm() {}

  /**
   * The file's bytes: the kept {@code content} when there is one, else the upload; empty when
   * neither was sent.
   *
   * @throws org.springframework.web.ErrorResponseException a 400 when the kept content is not
   *     base64, as only a forged form sends it
   */
  static byte[] bytes(String content, MultipartFile file) {
    if (content != null && !content.isBlank()) {
      try {
        return Base64.getDecoder().decode(content.strip());
      } catch (IllegalArgumentException e) {
        throw Problems.of(
            HttpStatus.BAD_REQUEST,
            "Unreadable form",
            "The file kept by the import page is not base64; choose the file again.");
      }
    }
    try {
      return file == null ? new byte[0] : file.getBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
