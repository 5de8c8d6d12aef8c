package org.tarjuma.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.tarjuma.testing.ApiClient;

/** The API key filter's answer to what a request claims before any handler sees it. */
class ApiKeyFilterTest {

  @Test
  void aRecordedUserNameWithAControlCharacterIsRefusedBeforeTheRequestIsHandled() throws Exception {
    ApiKeyFilter filter =
        new ApiKeyFilter(
            null,
            new ProblemResponses(tools.jackson.databind.json.JsonMapper.builder().build()),
            ApiClient.ADMIN_KEY);
    MockHttpServletRequest request = new MockHttpServletRequest("POST", "/api/v1/glossary/terms");
    request.addHeader("Authorization", "Bearer " + ApiClient.ADMIN_KEY);
    // As Tomcat reads U+202E sent as UTF-8: its three bytes as ISO-8859-1.
    request.addHeader("X-Tarjuma-User", "amina\u00e2\u0080\u00ae");
    MockHttpServletResponse response = new MockHttpServletResponse();
    MockFilterChain chain = new MockFilterChain();
    filter.doFilter(request, response, chain);
    assertThat(response.getStatus()).isEqualTo(400);
    assertThat(response.getContentType()).startsWith("application/problem+json");
    assertThat(response.getContentAsString(StandardCharsets.UTF_8))
        .contains("X-Tarjuma-User: U+0080 PADDING CHARACTER at offset 6 is not allowed");
    assertThat(chain.getRequest()).isNull();
  }
}
