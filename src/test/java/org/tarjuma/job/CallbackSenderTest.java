package org.tarjuma.job;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.apache.hc.client5.http.DnsResolver;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Sending a callback: the address checked is the one connected to, at every attempt, signed. */
class CallbackSenderTest {

  static final WireMockServer OUTLET =
      new WireMockServer(WireMockConfiguration.options().dynamicPort());

  static {
    OUTLET.start();
  }

  @AfterAll
  static void stop() {
    OUTLET.stop();
  }

  @BeforeEach
  void reset() {
    OUTLET.resetAll();
    OUTLET.stubFor(post(anyUrl()).willReturn(aResponse().withStatus(204)));
  }

  /** Answers hook.example with the given addresses in turn (the last one from then on). */
  static final class Names implements DnsResolver {
    final List<String> asked = new ArrayList<>();
    private final List<String> answers;

    Names(String... answers) {
      this.answers = List.of(answers);
    }

    @Override
    public InetAddress[] resolve(String host) throws UnknownHostException {
      if (!host.equals("hook.example")) {
        throw new UnknownHostException(host);
      }
      asked.add(host);
      String answer = answers.get(Math.min(asked.size(), answers.size()) - 1);
      return new InetAddress[] {InetAddress.getByName(answer)};
    }

    @Override
    public String resolveCanonicalHostname(String host) {
      return host;
    }
  }

  private String hook() {
    return "http://hook.example:" + OUTLET.port() + "/hook";
  }

  /** The request goes to the address the resolver answered, with the URL's name as its Host. */
  @Test
  void connectsToTheResolvedAddressKeepingTheName() {
    Names names = new Names("127.0.0.1");
    CallbackSender sender = new CallbackSender(CallbackAddressesTest.properties(true), names);
    assertThat(sender.attempt(hook(), "job-1", "{}")).isNull();
    assertThat(sender.attempt(hook(), "job-1", "{}")).isNull();
    var calls = OUTLET.findAll(anyRequestedFor(anyUrl()));
    assertThat(calls).hasSize(2);
    assertThat(calls.getFirst().getHeader("Host")).isEqualTo("hook.example:" + OUTLET.port());
    assertThat(names.asked).hasSize(2);
  }

  /** A name that was public at submission and resolves to loopback at delivery is not called. */
  @Test
  void aNameReboundToLoopbackAfterTheCheckIsRefusedAtDelivery() {
    Names names = new Names("93.184.216.34", "127.0.0.1");
    CallbackSender sender = new CallbackSender(CallbackAddressesTest.properties(false), names);
    assertThat(sender.refusal(hook())).isNull();
    assertThat(sender.attempt(hook(), "job-1", "{}"))
        .contains("hook.example", "127.0.0.1", "127.0.0.0/8 (Loopback");
    assertThat(OUTLET.findAll(anyRequestedFor(anyUrl()))).isEmpty();
  }

  /** Every attempt resolves and checks again: a literal loopback address is refused each time. */
  @Test
  void everyAttemptChecksTheAddress() {
    CallbackSender sender = new CallbackSender(CallbackAddressesTest.properties(false));
    String url = "http://127.0.0.1:" + OUTLET.port() + "/hook";
    assertThat(sender.attempt(url, "job-1", "{}")).contains("127.0.0.0/8");
    assertThat(sender.attempt(url, "job-1", "{}")).contains("127.0.0.0/8");
    assertThat(sender.attempt("ftp://example.org/x", "job-1", "{}")).contains("http or https");
    assertThat(OUTLET.findAll(anyRequestedFor(anyUrl()))).isEmpty();
  }

  /** Without a secret nothing is sent, and the sender says it cannot sign. */
  @Test
  void withoutASecretNothingIsSent() {
    JobProperties unsigned =
        new JobProperties(
            1,
            50,
            null,
            true,
            1,
            Duration.ofSeconds(2),
            Duration.ofSeconds(20),
            Duration.ofSeconds(2));
    CallbackSender sender = new CallbackSender(unsigned, new Names("127.0.0.1"));
    assertThat(sender.signs()).isFalse();
    assertThat(sender.attempt(hook(), "job-1", "{}")).contains("tarjuma.jobs.callback-secret");
    assertThat(OUTLET.findAll(anyRequestedFor(anyUrl()))).isEmpty();
  }

  /** A URL that is not http(s), or a host that does not resolve, is refused with the reason. */
  @Test
  void refusesWhatIsNotHttpOrDoesNotResolve() {
    CallbackSender sender =
        new CallbackSender(CallbackAddressesTest.properties(false), new Names("8.8.8.8"));
    assertThat(sender.refusal("ftp://example.org/x")).contains("http or https");
    assertThat(sender.refusal("not a url")).contains("http or https");
    assertThat(sender.refusal("http://nowhere.example/x")).contains("nowhere.example is unknown");
  }

  /** The spec's own test vector, with and without the whsec_ prefix. */
  @Test
  void signsAsTheStandardWebhooksLibrariesDo() {
    // standard-webhooks/standard-webhooks, libraries/java/.../WebhookTest#verifyWebhookSignWorks.
    String expected = "v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=";
    for (String secret :
        List.of("whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw", "MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw")) {
      assertThat(
              CallbackSignature.of(secret)
                  .sign("msg_p5jXN8AQM9LWM0D4loKWxJek", 1614265330L, "{\"test\": 2432232314}"))
          .isEqualTo(expected);
    }
  }

  /**
   * A secret that is not whsec_ and 24 to 64 bytes of base64 fails the start, naming the setting.
   */
  @Test
  void aWeakOrMalformedSecretFailsTheStart() {
    for (String secret :
        List.of("change-me", "whsec_c2hvcnQ=", "whsec_not base64!", "whsec_" + "A".repeat(90))) {
      assertThatThrownBy(
              () ->
                  new JobProperties(
                      1,
                      50,
                      secret,
                      false,
                      1,
                      Duration.ofSeconds(1),
                      Duration.ofSeconds(20),
                      Duration.ofSeconds(2)))
          .as(secret)
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("tarjuma.jobs.callback-secret must be whsec_");
    }
  }
}
