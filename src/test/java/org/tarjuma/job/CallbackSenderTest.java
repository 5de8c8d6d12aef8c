package org.tarjuma.job;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class CallbackSenderTest {

  private final CallbackSender sender =
      new CallbackSender(
          new JobProperties(
              1,
              50,
              "k",
              false,
              1,
              Duration.ofSeconds(1),
              Duration.ofSeconds(20),
              Duration.ofSeconds(2)));

  @Test
  void refusesWhatIsNotHttpOrPointsInside() {
    assertThat(sender.refusal("ftp://example.org/x")).contains("http or https");
    assertThat(sender.refusal("http://127.0.0.1/x")).contains("loopback or private");
    assertThat(sender.refusal("http://localhost:8080/x")).contains("loopback or private");
    assertThat(sender.refusal("http://10.1.2.3/x")).contains("10.1.2.3");
    assertThat(sender.refusal("http://192.168.0.9/x")).contains("private");
    assertThat(sender.refusal("http://169.254.169.254/latest/meta-data")).contains("private");
    assertThat(sender.refusal("http://[::1]/x")).contains("loopback");
    assertThat(sender.refusal("http://[fd00::1]/x")).contains("private");
    assertThat(sender.refusal("http://93.184.216.34/hook")).isNull();
    assertThat(
            new CallbackSender(
                    new JobProperties(
                        1,
                        50,
                        "k",
                        true,
                        1,
                        Duration.ofSeconds(1),
                        Duration.ofSeconds(20),
                        Duration.ofSeconds(2)))
                .refusal("http://127.0.0.1/x"))
        .isNull();
  }

  @Test
  void signsTheBodyWithHmacSha256() {
    // RFC 4231 test case 2: key "Jefe", data "what do ya want for nothing?".
    CallbackSender jefe =
        new CallbackSender(
            new JobProperties(
                1,
                50,
                "Jefe",
                false,
                1,
                Duration.ofSeconds(1),
                Duration.ofSeconds(20),
                Duration.ofSeconds(2)));
    assertThat(jefe.sign("what do ya want for nothing?"))
        .isEqualTo("5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843");
  }
}
