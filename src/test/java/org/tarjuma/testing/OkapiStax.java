package org.tarjuma.testing;

/**
 * Okapi's TMX filter and XLIFF 2 reader ask for a StAX parser by its factory name, which finds none
 * when Woodstox is left off the test classpath (the pom says why). Naming the JDK's own parser
 * answers them with the parser Tarjuma itself reads with; what {@code XMLInputFactory.newFactory()}
 * returns elsewhere does not change.
 */
public final class OkapiStax {

  private OkapiStax() {}

  /** Points the StAX factory look-up at the JDK's parser; idempotent. */
  public static void useTheJdks() {
    System.setProperty(
        "javax.xml.stream.XMLInputFactory", "com.sun.xml.internal.stream.XMLInputFactoryImpl");
  }
}
