package org.tarjuma.web;

import java.io.IOException;
import java.io.Writer;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.catalina.Valve;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.core.StandardHost;
import org.apache.catalina.valves.ErrorReportValve;
import org.apache.coyote.ActionCode;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.core.Ordered;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * Errors Tomcat answers before a request reaches the application (a bad path encoding, headers over
 * their size, a malformed request line) as problem details, like every other error; a browser
 * asking for HTML still gets Tomcat's page, without its version or a stack trace.
 */
@Component
class ContainerErrors
    implements WebServerFactoryCustomizer<TomcatServletWebServerFactory>, Ordered {

  private final JsonMapper json;

  ContainerErrors(JsonMapper json) {
    this.json = json;
  }

  /** After Spring Boot's own customizer, whose error report valve this one replaces. */
  @Override
  public int getOrder() {
    return Ordered.LOWEST_PRECEDENCE;
  }

  @Override
  public void customize(TomcatServletWebServerFactory factory) {
    factory.addContextCustomizers(
        context -> {
          // The host adds a valve of its errorReportValveClass when it starts unless it has one.
          if (context.getParent() instanceof StandardHost host) {
            host.setErrorReportValveClass(ProblemReportValve.class.getName());
          }
          var pipeline = context.getParent().getPipeline();
          for (Valve valve : pipeline.getValves()) {
            if (valve instanceof ErrorReportValve) {
              pipeline.removeValve(valve);
            }
          }
          pipeline.addValve(new ProblemReportValve(json));
        });
  }

  static final class ProblemReportValve extends ErrorReportValve {

    private final JsonMapper json;

    ProblemReportValve(JsonMapper json) {
      this.json = json;
      setShowReport(false);
      setShowServerInfo(false);
    }

    @Override
    protected void report(Request request, Response response, Throwable throwable) {
      String accept = request.getHeader("Accept");
      if (accept != null && accept.contains(MediaType.TEXT_HTML_VALUE)) {
        super.report(request, response, throwable);
        return;
      }
      if (response.getStatus() < 400
          || response.getContentWritten() > 0
          || !response.setErrorReported()) {
        return;
      }
      AtomicBoolean io = new AtomicBoolean(false);
      response.getCoyoteResponse().action(ActionCode.IS_IO_ALLOWED, io);
      if (!io.get()) {
        return;
      }
      try {
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding("UTF-8");
        Writer writer = response.getReporter();
        if (writer != null) {
          writer.write(json.writeValueAsString(problem(response)));
          response.finishResponse();
        }
      } catch (IOException | IllegalStateException e) {
        // The connection is gone or the answer already started: nothing more can be said.
      }
    }

    private static ProblemDetail problem(Response response) {
      HttpStatus status = HttpStatus.resolve(response.getStatus());
      String reason = status == null ? "Error " + response.getStatus() : status.getReasonPhrase();
      String message = response.getMessage();
      ProblemDetail problem =
          ProblemDetail.forStatusAndDetail(
              status == null ? HttpStatus.BAD_REQUEST : status,
              status != null && status.is5xxServerError()
                  ? "Something went wrong on our side; it has been logged."
                  : "The server could not read the request"
                      + (message == null || message.isBlank() ? "" : " (" + message + ")")
                      + ": check its address, encoding and header sizes.");
      problem.setStatus(response.getStatus());
      problem.setTitle(reason);
      return problem;
    }
  }
}
