package org.tarjuma.engine.openai;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class ChatAnswerTest {

  /** A whole think block goes, whatever drafts it holds. */
  @Test
  void aThinkBlockIsDropped() {
    assertThat(ChatAnswer.parse("<think>{\"1\": \"draft\"}</think>\n{\"1\": \"final\"}"))
        .isEqualTo(Map.of(1, "final"));
  }

  /** When the template opened the thinking, everything up to the last closing tag goes. */
  @Test
  void thinkingOpenedByTheTemplateIsDropped() {
    assertThat(
            ChatAnswer.parse(
                "Let me try {\"1\": \"draft\"} first.\n</think>\n\n{\"1\": \"final\"}"))
        .isEqualTo(Map.of(1, "final"));
  }

  /** Thinking cut off before it closed holds no answer, even when a draft is in it. */
  @Test
  void thinkingCutOffHoldsNoAnswer() {
    assertThat(ChatAnswer.parse("<think>Maybe {\"1\": \"draft\"} would do, but")).isEmpty();
    assertThat(ChatAnswer.withoutThinking("{\"1\": \"final\"}\n<think>and then"))
        .isEqualTo("{\"1\": \"final\"}\n");
  }

  /** Text without thinking is left as it is. */
  @Test
  void textWithoutThinkingIsKept() {
    assertThat(ChatAnswer.withoutThinking("{\"1\": \"final\"}")).isEqualTo("{\"1\": \"final\"}");
  }
}
