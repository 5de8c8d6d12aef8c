package org.tarjuma.segment;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.tarjuma.testing.Fixtures;

/** News-grade cases beyond the golden rules, in English and in the three target languages. */
class SentenceSplitterTest {

  static List<String> split(String lang, String text) {
    return Fixtures.SEGMENTER
        .segment(text, Format.TEXT, Fixtures.LANGUAGES.require(lang))
        .segments()
        .stream()
        .map(Segment::text)
        .toList();
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          en | Lt. Gen. Ahmed Sharif Chaudhry, the ISPR chief, spoke on Monday.                 | 1
          en | Gov. Ali Amin Gandapur met Maj. Gen. Khan. They discussed the border.            | 2
          en | The U.N. Security Council met at 10.30am on Jan. 5 in New York.                   | 1
          en | Pakistan signed a $1.2bn deal. It covers 3.5 years.                              | 2
          en | No. 5 Squadron flew at 6 p.m. on Tuesday.                                        | 1
          en | The U.S. and China called for restraint. Kabul did not answer.                   | 2
          en | Dr. Smith said it was over... The talks resumed.                                 | 1
          en | Read https://www.dawn.com/news/1.html. Then write to desk@example.org. Thanks!    | 3
          en | He said: "We will respond." The ministry agreed.                                  | 2
          en | Officials (who spoke on condition of anonymity.) confirmed the strike.            | 1
          en | Dozens of militants were killed — at least 40 — in Kandahar.                      | 1
          en | Is this the end? Nobody knows! Analysts disagree.                                 | 3
          """)
  void english(String lang, String text, int sentences) {
    assertThat(split(lang, text.strip())).hasSize(sentences);
  }

  /**
   * South Asian news abbreviations: currencies, vs., Govt., Dept. and ranks do not end a sentence
   * by themselves (only before a sentence starter); etc. and No. never before a number or a
   * lower-case word.
   */
  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          Pakistan vs. India went ahead in Lahore on Sunday.                                 | 1
          The court heard Imran Khan vs. State on Monday.                                    | 1
          Petrol rose to Rs. 272 a litre in Karachi.                                         | 1
          Traders paid Rs. Three hundred crore in duties, the FBR said.                      | 1
          The fine was Afs. 5,000 per vehicle at Torkham.                                    | 1
          Kabul set the toll at Afs. Two thousand for trucks.                                | 1
          Punjab Govt. Officials said the talks would resume.                                | 1
          The order came from the Punjab Govt. The chief minister signed it.                 | 2
          The Interior Dept. Secretary visited Quetta.                                       | 1
          It was approved by the Finance Dept. However, funds were late.                     | 2
          Lt. Col. Ahmed and Brig. Khan met Maj. Gen. Sharif at the border.                  | 1
          Weapons, vehicles etc. were seized near Chaman.                                    | 1
          Weapons, vehicles etc. The army said all were seized.                              | 2
          Exports of fruit, e.g. Kandahar pomegranates, rose again.                          | 1
          Militant groups, i.e. TTP and its allies, were named.                              | 1
          He lives at House No. 12 in Peshawar.                                              | 1
          The shop sold it for Rs. 500. Buyers queued all day.                               | 2
          """)
  void southAsianNewsAbbreviations(String text, int sentences) {
    assertThat(split("en", text.strip())).hasSize(sentences);
  }

  @ParameterizedTest
  @MethodSource("targetLanguageCases")
  void targetLanguages(String lang, String text, List<String> expected) {
    assertThat(split(lang, text)).containsExactlyElementsOf(expected);
  }

  static List<Object[]> targetLanguageCases() {
    return List.of(
        new Object[] {
          "ur",
          "پاکستان نے قندھار میں کارروائی کی۔ طالبان نے اس کی مذمت کی، لیکن بات چیت جاری ہے؛ آگے کیا ہوگا؟ یہ اہم ہے!",
          List.of(
              "پاکستان نے قندھار میں کارروائی کی۔",
              "طالبان نے اس کی مذمت کی، لیکن بات چیت جاری ہے؛ آگے کیا ہوگا؟",
              "یہ اہم ہے!")
        },
        new Object[] {
          "ur",
          "ترجمان نے کہا: ”ہم اپنی خودمختاری کا دفاع کریں گے۔“ آئی ایس پی آر نے بیان جاری کیا۔",
          List.of(
              "ترجمان نے کہا: ”ہم اپنی خودمختاری کا دفاع کریں گے۔“",
              "آئی ایس پی آر نے بیان جاری کیا۔")
        },
        new Object[] {
          "ur",
          "2021ء میں 40 سے 60 جنگجو مارے گئے۔ 2,600 کلومیٹر طویل ڈیورنڈ لائن پر کشیدگی ہے۔",
          List.of(
              "2021ء میں 40 سے 60 جنگجو مارے گئے۔", "2,600 کلومیٹر طویل ڈیورنڈ لائن پر کشیدگی ہے۔")
        },
        new Object[] {
          "ps",
          "پاکستان وايي چې په کندهار کې برید وشو. طالبانو غبرګون وښود، خو خبرې روانې دي؟ ډېر خلک اندېښمن دي.",
          List.of(
              "پاکستان وايي چې په کندهار کې برید وشو.",
              "طالبانو غبرګون وښود، خو خبرې روانې دي؟",
              "ډېر خلک اندېښمن دي.")
        },
        new Object[] {
          "ps",
          "ویاند وویل: «موږ به ځواب ورکړو.» د بهرنیو چارو وزارت هم بیان خپور کړ۔",
          List.of("ویاند وویل: «موږ به ځواب ورکړو.»", "د بهرنیو چارو وزارت هم بیان خپور کړ۔")
        },
        new Object[] {
          "prs",
          "وزارت دفاع گفت که حمله انجام شد. این اقدام محکوم می\u200Cشود، اما گفتگوها ادامه دارد؛ آیا آتش\u200Cبس پایدار است؟ معلوم نیست!",
          List.of(
              "وزارت دفاع گفت که حمله انجام شد.",
              "این اقدام محکوم می\u200Cشود، اما گفتگوها ادامه دارد؛ آیا آتش\u200Cبس پایدار است؟",
              "معلوم نیست!")
        },
        new Object[] {
          "ur",
          "حملہ ہوا۔طالبان نے تردید کی؟جی ہاں۔",
          List.of("حملہ ہوا۔", "طالبان نے تردید کی؟", "جی ہاں۔")
        },
        new Object[] {
          "ps",
          "برید وشو.طالبانو ځواب ورکړ۔ ۲۰۲۱ کال",
          List.of("برید وشو.", "طالبانو ځواب ورکړ۔", "۲۰۲۱ کال")
        },
        new Object[] {
          "prs",
          "قیمت ۱۲.۵ درصد بالا رفت. خوب است.",
          List.of("قیمت ۱۲.۵ درصد بالا رفت.", "خوب است.")
        },
        new Object[] {
          "prs",
          "سخنگو گفت: «ما آماده\u200Cایم.» سپس نشست پایان یافت.",
          List.of("سخنگو گفت: «ما آماده\u200Cایم.»", "سپس نشست پایان یافت.")
        });
  }
}
