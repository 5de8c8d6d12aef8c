package org.tarjuma.segment;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import org.tarjuma.language.Language;
import org.tarjuma.language.Languages;

/** The {@link Segmenter}: parse the format, split each block, map sentences back to the source. */
@Component
final class NewsSegmenter implements Segmenter {

  private final Map<String, SentenceSplitter> splitters;

  NewsSegmenter(Languages languages) {
    this.splitters =
        languages.all().stream()
            .collect(
                Collectors.toUnmodifiableMap(
                    Language::code,
                    l ->
                        new SentenceSplitter(
                            l.code(), "Latn".equals(l.script()), SplitRules.load(l.code()))));
  }

  @Override
  public SegmentedArticle segment(String source, Format format, Language language) {
    SentenceSplitter splitter = splitters.get(language.code());
    if (splitter == null) {
      throw new IllegalArgumentException("not a registered language: " + language.code());
    }
    DocumentParser.Parsed parsed = DocumentParser.of(format).parse(source);
    List<BlockContent> contents = parsed.blocks();
    List<Block> blocks = new ArrayList<>(contents.size());
    List<Segment> segments = new ArrayList<>();
    SegmentIds ids = new SegmentIds();
    for (BlockContent content : contents) {
      int index = blocks.size();
      int[] spans = splitter.split(content.plain());
      if (spans.length == 0) {
        continue;
      }
      int last = content.plain().length() - 1;
      blocks.add(new Block(index, content.kind, content.sourceStart(0), content.sourceEnd(last)));
      for (int k = 0; k < spans.length; ) {
        int ps = spans[k];
        int pe = spans[k + 1];
        k += 2;
        // Sentences inside one source piece that could not be aligned (an odd entity, say) would
        // share a source range: they stay one segment, so ranges never overlap.
        while (k < spans.length && content.sourceStart(spans[k]) < content.sourceEnd(pe - 1)) {
          pe = spans[k + 1];
          k += 2;
        }
        segments.add(segment(content, index, ps, pe, ids));
      }
    }
    segments.sort(Comparator.comparingInt(Segment::start));
    return new SegmentedArticle(
        source, format, language.code(), blocks, segments, parsed.repairs());
  }

  /** The sentence plain[ps, pe) of a block, with the codes inside it or hugging its edges. */
  private static Segment segment(BlockContent content, int block, int ps, int pe, SegmentIds ids) {
    int start = content.sourceStart(ps);
    int end = content.sourceEnd(pe - 1);
    String text = content.plain().substring(ps, pe);
    List<BlockContent.Code> all = content.codes();
    if (all.isEmpty()) {
      return new Segment(ids.next(text), block, text, start, end, List.of());
    }
    List<BlockContent.Code> inside = new ArrayList<>();
    // Codes are in plain-offset order: only those from ps to pe are looked at, so a block of many
    // sentences and many codes is not read once per sentence.
    int first = firstAt(all, ps);
    for (int k = firstAt(all, ps + 1) - 1; k >= first; k--) {
      BlockContent.Code code = all.get(k);
      if (code.kind() == InlineCode.Kind.OPEN && code.end() == start) {
        inside.add(code);
        start = code.start();
      }
    }
    for (int k = first; k < all.size() && all.get(k).plainOffset() <= pe; k++) {
      BlockContent.Code code = all.get(k);
      int at = code.plainOffset();
      if (at > ps && at < pe) {
        inside.add(code);
      } else if (at == pe && code.kind() == InlineCode.Kind.CLOSE && code.start() == end) {
        inside.add(code);
        end = code.end();
      }
    }
    inside.sort(Comparator.comparingInt(BlockContent.Code::start));
    // Numbered from 1 in each segment, as a translator reads them.
    Map<Integer, Integer> numbers = new HashMap<>();
    List<InlineCode> codes = new ArrayList<>(inside.size());
    for (BlockContent.Code c : inside) {
      int id = numbers.computeIfAbsent(c.id(), k -> numbers.size() + 1);
      codes.add(new InlineCode(id, c.kind(), c.plainOffset() - ps, c.start(), c.end(), c.markup()));
    }
    return new Segment(ids.next(text), block, text, start, end, codes);
  }

  /** The index of the first code at or after plain offset {@code offset}. */
  private static int firstAt(List<BlockContent.Code> codes, int offset) {
    int low = 0;
    int high = codes.size();
    while (low < high) {
      int mid = (low + high) >>> 1;
      if (codes.get(mid).plainOffset() < offset) {
        low = mid + 1;
      } else {
        high = mid;
      }
    }
    return low;
  }
}
