package org.tarjuma.segment;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The readable text of one block as a parser finds it, with where each of its characters and codes
 * comes from in the source. Sentence splitting works on {@link #plain()}; segments map back to the
 * source through {@link #sourceStart} and {@link #sourceEnd}.
 *
 * <p>The mapping is kept as runs, not per character: a run either copies the source one to one
 * (plain text, most of any article) or stands for a source range as a whole (an entity, an escape,
 * collapsed white space, a line break read as a space).
 */
final class BlockContent {

  /** A code found in the block; {@code plainOffset} is where it sits in the plain text. */
  record Code(int id, InlineCode.Kind kind, int plainOffset, int start, int end, String markup) {}

  BlockKind kind;
  private final String source;
  private final boolean collapseSpaces;

  /** Built only once a block has more than one run; a one-run block reads straight from source. */
  private StringBuilder plain;

  private int length;
  private String plainText;
  private int[] runPlain = new int[4];
  private int[] runFrom = new int[4];
  private int[] runTo = new int[4];
  private boolean[] runAtomic = new boolean[4];
  private int runs;
  private List<Code> codes = List.of();
  private int nextId = 1;

  BlockContent(BlockKind kind, String source, boolean collapseSpaces) {
    this.kind = kind;
    this.source = source;
    this.collapseSpaces = collapseSpaces;
  }

  String plain() {
    if (plainText == null) {
      plainText =
          plain != null
              ? plain.toString()
              : runs == 0 ? "" : source.substring(runFrom[0], runTo[0]);
    }
    return plainText;
  }

  int sourceStart(int plainIndex) {
    int k = run(plainIndex);
    return runAtomic[k] ? runFrom[k] : runFrom[k] + plainIndex - runPlain[k];
  }

  int sourceEnd(int plainIndex) {
    int k = run(plainIndex);
    return runAtomic[k] ? runTo[k] : runFrom[k] + plainIndex - runPlain[k] + 1;
  }

  List<Code> codes() {
    return codes;
  }

  boolean isEmpty() {
    return length == 0 && codes.isEmpty();
  }

  /** Source characters that read as themselves; runs of white space collapse where they should. */
  void text(int start, int end) {
    if (!collapseSpaces) {
      copy(start, end);
      return;
    }
    int i = start;
    while (i < end) {
      int j = i;
      while (j < end && !isCollapsible(source.charAt(j))) {
        j++;
      }
      copy(i, j);
      if (j == end) {
        return;
      }
      int k = j + 1;
      while (k < end && isCollapsible(source.charAt(k))) {
        k++;
      }
      if (k - j == 1 && source.charAt(j) == ' ') {
        copy(j, k);
      } else {
        atomic(" ", j, k);
      }
      i = k;
    }
  }

  /** Characters shown as {@code display} that stand for {@code source[start, end)} as a whole. */
  void atomic(String display, int start, int end) {
    if (!display.isEmpty()) {
      addRun(start, end, true);
      append(display);
    }
  }

  int open(int start, int end) {
    int id = nextId++;
    code(id, InlineCode.Kind.OPEN, start, end, "");
    return id;
  }

  void close(int id, int start, int end) {
    code(id, InlineCode.Kind.CLOSE, start, end, "");
  }

  /**
   * A code that stands alone, read as {@code display} ("" for most, a line break for {@code <br>}).
   */
  void isolated(int start, int end, String display) {
    code(nextId++, InlineCode.Kind.ISOLATED, start, end, display);
  }

  private void code(int id, InlineCode.Kind kind, int start, int end, String display) {
    if (codes.isEmpty()) {
      codes = new ArrayList<>();
    }
    codes.add(new Code(id, kind, length, start, end, source.substring(start, end)));
    atomic(display, start, end);
  }

  private void copy(int start, int end) {
    if (end <= start) {
      return;
    }
    int last = runs - 1;
    boolean extends_ =
        last >= 0
            && !runAtomic[last]
            && runTo[last] == start
            && runPlain[last] + (runTo[last] - runFrom[last]) == length;
    if (extends_) {
      runTo[last] = end;
    } else {
      addRun(start, end, false);
    }
    if (plain != null) {
      plain.append(source, start, end);
    }
    length += end - start;
    plainText = null;
  }

  private void append(String display) {
    builder().append(display);
    length += display.length();
    plainText = null;
  }

  /** The builder, started from the first run's source when a second run or a display comes. */
  private StringBuilder builder() {
    if (plain == null) {
      plain = new StringBuilder(Math.max(16, length * 2));
      if (length > 0) {
        plain.append(source, runFrom[0], runFrom[0] + length);
      }
    }
    return plain;
  }

  private void addRun(int from, int to, boolean atomic) {
    if (runs == runPlain.length) {
      int size = runs * 2;
      runPlain = Arrays.copyOf(runPlain, size);
      runFrom = Arrays.copyOf(runFrom, size);
      runTo = Arrays.copyOf(runTo, size);
      runAtomic = Arrays.copyOf(runAtomic, size);
    }
    if (runs > 0 && plain == null) {
      builder();
    }
    runPlain[runs] = length;
    runFrom[runs] = from;
    runTo[runs] = to;
    runAtomic[runs] = atomic;
    runs++;
  }

  /** The run holding plain index {@code p}: the last run that starts at or before it. */
  private int run(int p) {
    if (p < 0 || p >= length) {
      throw new IndexOutOfBoundsException("plain index " + p + " of " + length);
    }
    int k = Arrays.binarySearch(runPlain, 0, runs, p);
    if (k < 0) {
      return -k - 2;
    }
    while (k + 1 < runs && runPlain[k + 1] == p) {
      k++;
    }
    return k;
  }

  static boolean isCollapsible(char c) {
    return c == ' ' || c == '\n' || c == '\r' || c == '\t' || c == '\f';
  }
}
