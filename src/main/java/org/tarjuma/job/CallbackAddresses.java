package org.tarjuma.job;

import java.net.Inet4Address;
import java.net.InetAddress;
import java.util.List;
import java.util.Optional;
import org.springframework.security.web.util.matcher.IpAddressMatcher;

/**
 * The addresses a callback may not be sent to: every row of IANA's IPv4 and IPv6 Special-Purpose
 * Address Registries (iana-ipv4-special-registry, iana-ipv6-special-registry, both as of 2025),
 * whether or not the registry calls the block globally reachable, since no outlet's receiver lives
 * in one; and multicast and the deprecated IPv6 blocks from the address space registries. A block
 * that embeds an IPv4 address (NAT64, 6to4, IPv4-mapped, Teredo) is refused whole, as a way to
 * reach an internal IPv4 address through a translator. Stateless and thread-safe.
 */
final class CallbackAddresses {

  /** A block of a registry: its prefix, the registry's name for it, and the RFC that set it. */
  record Block(String prefix, String name, String rfc) {
    int bits() {
      return Integer.parseInt(prefix.substring(prefix.indexOf('/') + 1));
    }

    boolean contains(InetAddress address) {
      return new IpAddressMatcher(prefix).matches(address.getHostAddress());
    }

    @Override
    public String toString() {
      return prefix + " (" + name + ", " + rfc + ")";
    }
  }

  private static final Block MAPPED = new Block("::ffff:0:0/96", "IPv4-mapped Address", "RFC 4291");

  /** Each row in the order of the registries. */
  static final List<Block> REFUSED =
      List.of(
          // iana-ipv4-special-registry
          new Block("0.0.0.0/8", "\"This network\"", "RFC 791"),
          new Block("10.0.0.0/8", "Private-Use", "RFC 1918"),
          new Block("100.64.0.0/10", "Shared Address Space (CGNAT)", "RFC 6598"),
          new Block("127.0.0.0/8", "Loopback", "RFC 1122"),
          new Block("169.254.0.0/16", "Link Local", "RFC 3927"),
          new Block("172.16.0.0/12", "Private-Use", "RFC 1918"),
          new Block("192.0.0.0/24", "IETF Protocol Assignments", "RFC 6890"),
          new Block("192.0.2.0/24", "Documentation (TEST-NET-1)", "RFC 5737"),
          new Block("192.31.196.0/24", "AS112-v4", "RFC 7535"),
          new Block("192.52.193.0/24", "AMT", "RFC 7450"),
          new Block("192.88.99.0/24", "Deprecated (6to4 Relay Anycast)", "RFC 7526"),
          new Block("192.168.0.0/16", "Private-Use", "RFC 1918"),
          new Block("192.175.48.0/24", "Direct Delegation AS112 Service", "RFC 7534"),
          new Block("198.18.0.0/15", "Benchmarking", "RFC 2544"),
          new Block("198.51.100.0/24", "Documentation (TEST-NET-2)", "RFC 5737"),
          new Block("203.0.113.0/24", "Documentation (TEST-NET-3)", "RFC 5737"),
          new Block("240.0.0.0/4", "Reserved", "RFC 1112"),
          new Block("255.255.255.255/32", "Limited Broadcast", "RFC 919"),
          // ipv4-address-space: multicast
          new Block("224.0.0.0/4", "Multicast", "RFC 5771"),
          // iana-ipv6-special-registry
          new Block("::1/128", "Loopback Address", "RFC 4291"),
          new Block("::/128", "Unspecified Address", "RFC 4291"),
          MAPPED,
          new Block("64:ff9b::/96", "IPv4-IPv6 Translat. (NAT64)", "RFC 6052"),
          new Block("64:ff9b:1::/48", "IPv4-IPv6 Translat. (local NAT64)", "RFC 8215"),
          new Block("100::/64", "Discard-Only Address Block", "RFC 6666"),
          new Block("100:0:0:1::/64", "Dummy IPv6 Prefix", "RFC 9780"),
          new Block("2001::/23", "IETF Protocol Assignments", "RFC 2928"),
          new Block("2001::/32", "TEREDO", "RFC 4380"),
          new Block("2001:2::/48", "Benchmarking", "RFC 5180"),
          new Block("2001:db8::/32", "Documentation", "RFC 3849"),
          new Block("2002::/16", "6to4", "RFC 3056"),
          new Block("2620:4f:8000::/48", "Direct Delegation AS112 Service", "RFC 7534"),
          new Block("3fff::/20", "Documentation", "RFC 9637"),
          new Block("5f00::/16", "Segment Routing (SRv6) SIDs", "RFC 9602"),
          new Block("fc00::/7", "Unique-Local", "RFC 4193"),
          new Block("fe80::/10", "Link-Local Unicast", "RFC 4291"),
          // ipv6-address-space: deprecated and multicast
          new Block("::/96", "IPv4-Compatible (deprecated)", "RFC 4291"),
          new Block("fec0::/10", "Site-Local (deprecated)", "RFC 3879"),
          new Block("ff00::/8", "Multicast", "RFC 4291"));

  private CallbackAddresses() {}

  /**
   * The most specific refused block holding the address, or empty when it is public. The JDK never
   * makes an IPv6 address in ::ffff:0:0/96 (it answers the IPv4 address inside), so that block is
   * told by the host's form ({@link #refusal}) and the IPv4 address is checked as such.
   */
  static Optional<Block> refused(InetAddress address) {
    return REFUSED.stream()
        .filter(block -> block != MAPPED && block.contains(address))
        .max(java.util.Comparator.comparingInt(Block::bits));
  }

  /**
   * Why a callback may not go to any of {@code addresses}, the answer for {@code host}; or null.
   * The JDK hands an IPv4-mapped IPv6 address back as the IPv4 address it carries, so a host
   * written as an IPv6 literal that comes back as IPv4 is refused as IPv4-mapped.
   */
  static String refusal(String host, InetAddress[] addresses) {
    for (InetAddress address : addresses) {
      Optional<Block> block =
          host.contains(":") && address instanceof Inet4Address
              ? Optional.of(MAPPED)
              : refused(address);
      if (block.isPresent()) {
        return "callbackUrl's host "
            + host
            + " is "
            + address.getHostAddress()
            + ", in "
            + block.get()
            + ", which is not a public address";
      }
    }
    return null;
  }
}
