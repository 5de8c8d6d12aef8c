package org.tarjuma.job;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import java.time.Duration;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The address classes a callback may not reach, each row of the registries, and their edges. */
class CallbackAddressesTest {

  private final CallbackSender sender = new CallbackSender(properties(false));

  static JobProperties properties(boolean allowPrivate) {
    return new JobProperties(
        1,
        50,
        "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw",
        allowPrivate,
        1,
        Duration.ofSeconds(2),
        Duration.ofSeconds(20),
        Duration.ofSeconds(2));
  }

  static Stream<CallbackAddresses.Block> rows() {
    return CallbackAddresses.REFUSED.stream().filter(b -> !b.prefix().startsWith("::ffff:"));
  }

  /** A row's first and last address are refused, by that row or a narrower one inside it. */
  @ParameterizedTest
  @MethodSource("rows")
  void everyRowsFirstAndLastAddressIsRefused(CallbackAddresses.Block row) throws Exception {
    for (InetAddress address : ends(row)) {
      assertThat(CallbackAddresses.refused(address))
          .as(address.getHostAddress())
          .hasValueSatisfying(found -> assertThat(found.bits()).isGreaterThanOrEqualTo(row.bits()));
    }
  }

  /** Each class the issue names, written in a URL, is refused with its block named. */
  @ParameterizedTest
  @ValueSource(
      strings = {
        "100.64.0.1 100.64.0.0/10",
        "100.127.255.254 100.64.0.0/10",
        "224.0.0.251 224.0.0.0/4",
        "239.255.255.250 224.0.0.0/4",
        "255.255.255.255 255.255.255.255/32",
        "[64:ff9b::a00:1] 64:ff9b::/96",
        "[64:ff9b:1::a00:1] 64:ff9b:1::/48",
        "[2002:a00:1::1] 2002::/16",
        "[::ffff:127.0.0.1] ::ffff:0:0/96",
        "[::ffff:8.8.8.8] ::ffff:0:0/96",
        "192.0.2.10 192.0.2.0/24",
        "198.51.100.7 198.51.100.0/24",
        "203.0.113.9 203.0.113.0/24",
        "[2001:db8::1] 2001:db8::/32",
        "[3fff::1] 3fff::/20",
        "198.18.0.1 198.18.0.0/15",
        "198.19.255.255 198.18.0.0/15",
        "[2001:2::1] 2001:2::/48",
        "127.0.0.1 127.0.0.0/8",
        "[::1] ::1/128",
        "169.254.169.254 169.254.0.0/16",
        "[fe80::1] fe80::/10",
        "10.1.2.3 10.0.0.0/8",
        "172.31.0.1 172.16.0.0/12",
        "192.168.0.9 192.168.0.0/16",
        "[fd00::1] fc00::/7",
        "0.0.0.0 0.0.0.0/8",
        "0.1.2.3 0.0.0.0/8",
        "240.0.0.1 240.0.0.0/4",
        "[::] ::/128",
        "[ff02::1] ff00::/8",
        "[2001::1] 2001::/32"
      })
  void aNamedClassIsRefusedWithItsBlock(String hostAndBlock) {
    String[] parts = hostAndBlock.split(" ");
    assertThat(sender.refusal("http://" + parts[0] + "/hook"))
        .contains(parts[1])
        .contains("not a public address");
  }

  /** Public addresses, the neighbours of refused blocks among them, are accepted. */
  @ParameterizedTest
  @ValueSource(
      strings = {
        "8.8.8.8",
        "93.184.216.34",
        "100.63.255.255",
        "100.128.0.0",
        "172.32.0.1",
        "198.17.255.255",
        "198.20.0.0",
        "223.255.255.255",
        "[2606:4700:4700::1111]",
        "[2003::1]",
        "[64:ff9b:2::1]"
      })
  void publicAddressesAreAccepted(String host) {
    assertThat(sender.refusal("http://" + host + "/hook")).isNull();
  }

  /** With private callbacks allowed, an address of any class is accepted. */
  @ParameterizedTest
  @ValueSource(strings = {"127.0.0.1", "[::1]", "100.64.0.1", "[::ffff:10.0.0.1]"})
  void allowingPrivateCallbacksAcceptsThem(String host) {
    assertThat(new CallbackSender(properties(true)).refusal("http://" + host + "/hook")).isNull();
  }

  /** The first and last address of a block. */
  private static InetAddress[] ends(CallbackAddresses.Block row) throws Exception {
    String prefix = row.prefix();
    byte[] first = InetAddress.getByName(prefix.substring(0, prefix.indexOf('/'))).getAddress();
    byte[] last = first.clone();
    for (int bit = row.bits(); bit < last.length * 8; bit++) {
      last[bit / 8] |= (byte) (0x80 >>> (bit % 8));
    }
    return new InetAddress[] {InetAddress.getByAddress(first), InetAddress.getByAddress(last)};
  }
}
