package org.tarjuma.testing;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.platform.engine.FilterResult;
import org.junit.platform.engine.TestDescriptor;
import org.junit.platform.engine.TestSource;
import org.junit.platform.engine.support.descriptor.ClassSource;
import org.junit.platform.engine.support.descriptor.MethodSource;
import org.junit.platform.launcher.PostDiscoveryFilter;
import org.springframework.asm.ClassReader;
import org.springframework.boot.SpringApplication;
import org.springframework.core.annotation.MergedAnnotation;
import org.springframework.core.annotation.MergedAnnotations;
import org.springframework.core.annotation.MergedAnnotations.SearchStrategy;
import org.springframework.test.context.junit.jupiter.SpringExtension;

/**
 * On PostgreSQL (the build's second test run, see {@link TestDatabase}) keeps only the tests that
 * start Tarjuma: the rest never reach its database, and they ran on H2 already. On H2 it keeps
 * every test. Found by itself, so a new test cannot be forgotten: a test starts Tarjuma when its
 * class, a superclass or an enclosing class is a Spring test ({@code @SpringBootTest}, {@code
 * WebMvcTest} and the like: anything extended with {@link SpringExtension}), or when the class
 * itself calls {@link SpringApplication} (it runs the application) or {@link TestDatabase} (it
 * hands the database to an application in another JVM). Registered with the JUnit Platform in
 * {@code META-INF/services} of the tests.
 */
public final class ApplicationTestFilter implements PostDiscoveryFilter {

  /** The tag of a class in a class file's constant pool (JVMS 4.4.1). */
  private static final int CONSTANT_CLASS = 7;

  private static final Set<String> STARTERS =
      Set.of(internalName(SpringApplication.class), internalName(TestDatabase.class));

  @Override
  public FilterResult apply(TestDescriptor test) {
    if (!TestDatabase.postgresql()) {
      return FilterResult.included("every test runs on H2");
    }
    Optional<Class<?>> type = test.getSource().flatMap(ApplicationTestFilter::type);
    if (type.isEmpty() || startsTarjuma(type.get())) {
      return FilterResult.included("starts Tarjuma");
    }
    return FilterResult.excluded("does not start Tarjuma: it ran on H2");
  }

  private static Optional<Class<?>> type(TestSource source) {
    return switch (source) {
      case MethodSource method -> Optional.of(method.getJavaClass());
      case ClassSource type -> Optional.of(type.getJavaClass());
      default -> Optional.empty();
    };
  }

  static boolean startsTarjuma(Class<?> test) {
    for (Class<?> type = test; type != null; type = type.getEnclosingClass()) {
      if (springTest(type)) {
        return true;
      }
    }
    Set<String> used = classesUsed(test);
    return STARTERS.stream().anyMatch(used::contains);
  }

  private static boolean springTest(Class<?> type) {
    return MergedAnnotations.from(type, SearchStrategy.TYPE_HIERARCHY).stream(ExtendWith.class)
        .map(MergedAnnotation::synthesize)
        .anyMatch(extended -> Arrays.asList(extended.value()).contains(SpringExtension.class));
  }

  /** The classes named in the constant pool of the type's class file (its own code only). */
  private static Set<String> classesUsed(Class<?> type) {
    try (InputStream in =
        type.getClassLoader().getResourceAsStream(internalName(type) + ".class")) {
      if (in == null) {
        return Set.of();
      }
      ClassReader reader = new ClassReader(in);
      char[] buffer = new char[reader.getMaxStringLength()];
      Set<String> used = new HashSet<>();
      for (int item = 1; item < reader.getItemCount(); item++) {
        int offset = reader.getItem(item);
        if (offset > 0 && reader.readByte(offset - 1) == CONSTANT_CLASS) {
          used.add(reader.readUTF8(offset, buffer));
        }
      }
      return used;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String internalName(Class<?> type) {
    return type.getName().replace('.', '/');
  }
}
