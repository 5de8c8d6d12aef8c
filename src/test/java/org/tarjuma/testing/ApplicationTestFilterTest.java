package org.tarjuma.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.OutputCaptureExtension;

/** Which tests the PostgreSQL run keeps: those that start Tarjuma, however they start it. */
class ApplicationTestFilterTest {

  @SpringBootTest
  static class ASpringBootTest {
    class ANestedOne {}
  }

  @Retention(RetentionPolicy.RUNTIME)
  @SpringBootTest(properties = "tarjuma.x=y")
  @interface ComposedSpringBootTest {}

  @ComposedSpringBootTest
  static class AComposedOne {}

  static class ASubclass extends ASpringBootTest {}

  static class RunsTheApplication {
    void run() {
      SpringApplication.run(Object.class);
    }
  }

  static class StartsItInAnotherJvm {
    List<String> arguments() {
      return TestDatabase.arguments("jdbc:h2:mem:child");
    }
  }

  @ExtendWith(OutputCaptureExtension.class)
  static class PlainUnitTest {
    String segment() {
      return "Kabul.";
    }
  }

  @Test
  void keepsSpringTestsHoweverTheyAreDeclared() {
    assertThat(ApplicationTestFilter.startsTarjuma(ASpringBootTest.class)).isTrue();
    assertThat(ApplicationTestFilter.startsTarjuma(ASpringBootTest.ANestedOne.class)).isTrue();
    assertThat(ApplicationTestFilter.startsTarjuma(AComposedOne.class)).isTrue();
    assertThat(ApplicationTestFilter.startsTarjuma(ASubclass.class)).isTrue();
  }

  @Test
  void keepsTestsThatStartTheApplicationThemselves() {
    assertThat(ApplicationTestFilter.startsTarjuma(RunsTheApplication.class)).isTrue();
    assertThat(ApplicationTestFilter.startsTarjuma(StartsItInAnotherJvm.class)).isTrue();
  }

  @Test
  void leavesOutTestsThatNeverStartIt() {
    assertThat(ApplicationTestFilter.startsTarjuma(PlainUnitTest.class)).isFalse();
    // This test names the filter and Spring's annotations, but starts nothing.
    assertThat(ApplicationTestFilter.startsTarjuma(ApplicationTestFilterTest.class)).isFalse();
  }
}
