package org.tarjuma.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.http.ProblemDetail;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.web.context.request.ServletWebRequest;

class ProblemAdviceTest {

  @Test
  void anUnexpectedFailureIsA500ThatKeepsItsMessageOnTheServer() {
    var request = new MockHttpServletRequest("POST", "/api/v1/segment");
    var response =
        new ProblemAdvice()
            .unexpected(
                new IllegalStateException("password=hunter2 at db"),
                new ServletWebRequest(request));
    assertThat(response.getStatusCode().value()).isEqualTo(500);
    ProblemDetail problem = (ProblemDetail) response.getBody();
    assertThat(problem).isNotNull();
    assertThat(problem.getDetail())
        .startsWith("Something went wrong on our side. It was logged as error ");
    assertThat(problem.getDetail()).doesNotContain("hunter2", "IllegalState");
    assertThat(problem.getProperties()).containsKey("errorId");
    assertThat(problem.getDetail()).contains((String) problem.getProperties().get("errorId"));
  }

  @Test
  void maxBodySizeMustBePositive() {
    org.assertj.core.api.Assertions.assertThatThrownBy(
            () -> new ApiProperties(org.springframework.util.unit.DataSize.ofBytes(0)))
        .hasMessage("tarjuma.api.max-body-size must be a positive size");
  }
}
