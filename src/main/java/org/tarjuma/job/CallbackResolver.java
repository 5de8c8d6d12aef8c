package org.tarjuma.job;

import java.net.InetAddress;
import java.net.UnknownHostException;
import org.apache.hc.client5.http.DnsResolver;

/**
 * Resolves a callback's host and refuses the answer when any of its addresses is not public ({@link
 * CallbackAddresses}), unless the operator allows private callbacks. The HTTP client connects to
 * the addresses this returns, so what was checked is what is connected to: a name that resolves
 * elsewhere a moment later (DNS rebinding) cannot aim the request. Thread-safe.
 */
final class CallbackResolver implements DnsResolver {

  /** An answer refused; its message says which address, in which block. */
  static final class Refused extends UnknownHostException {
    Refused(String message) {
      super(message);
    }
  }

  private final DnsResolver names;
  private final boolean allowPrivate;

  CallbackResolver(DnsResolver names, boolean allowPrivate) {
    this.names = names;
    this.allowPrivate = allowPrivate;
  }

  /**
   * The host's addresses, every one of them public.
   *
   * @throws Refused when one is not (and private callbacks are not allowed)
   * @throws UnknownHostException when the name does not resolve
   */
  @Override
  public InetAddress[] resolve(String host) throws UnknownHostException {
    InetAddress[] addresses = names.resolve(host);
    String refusal = allowPrivate ? null : CallbackAddresses.refusal(host, addresses);
    if (refusal != null) {
      throw new Refused(refusal);
    }
    return addresses;
  }

  @Override
  public String resolveCanonicalHostname(String host) throws UnknownHostException {
    return names.resolveCanonicalHostname(host);
  }
}
