package org.tarjuma.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import org.springframework.beans.TypeMismatchException;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpStatus;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Controller;
import org.springframework.web.ErrorResponse;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerExceptionResolver;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * A page's refusal as a page: when a browser (asking for {@code text/html}) gets a 4xx from a page
 * controller's view (not a download or data it answers as an entity), it sees the error page with
 * the problem's status, title and detail instead of the problem as JSON. API endpoints, other
 * clients and failures on our side go on to {@link ProblemAdvice}.
 */
@Configuration
class PageProblems implements WebMvcConfigurer, HandlerExceptionResolver {

  @Override
  public void extendHandlerExceptionResolvers(List<HandlerExceptionResolver> resolvers) {
    resolvers.addFirst(this);
  }

  @Override
  public ModelAndView resolveException(
      HttpServletRequest request, HttpServletResponse response, Object handler, Exception ex) {
    if (!(handler instanceof HandlerMethod method) || !isPage(method) || !wantsHtml(request)) {
      return null;
    }
    ProblemDetail problem = problemOf(ex);
    if (problem == null || !HttpStatus.valueOf(problem.getStatus()).is4xxClientError()) {
      return null;
    }
    return Problems.page(problem);
  }

  private static boolean isPage(HandlerMethod method) {
    return AnnotatedElementUtils.hasAnnotation(method.getBeanType(), Controller.class)
        && !AnnotatedElementUtils.hasAnnotation(method.getBeanType(), ResponseBody.class)
        && !method.hasMethodAnnotation(ResponseBody.class)
        && !HttpEntity.class.isAssignableFrom(method.getReturnType().getParameterType());
  }

  private static boolean wantsHtml(HttpServletRequest request) {
    String accept = request.getHeader("Accept");
    try {
      return accept != null
          && MediaType.parseMediaTypes(accept).stream()
              .anyMatch(type -> type.getType().equals("text") && type.getSubtype().equals("html"));
    } catch (InvalidMediaTypeException e) {
      return false;
    }
  }

  /** The problem a 4xx exception stands for; null for anything else. */
  private static ProblemDetail problemOf(Exception ex) {
    if (ex instanceof TypeMismatchException mismatch) {
      return ProblemDetail.forStatusAndDetail(
          HttpStatus.BAD_REQUEST,
          "The field '"
              + mismatch.getPropertyName()
              + "' must be "
              + (Number.class.isAssignableFrom(wrapped(mismatch.getRequiredType()))
                  ? "a whole number"
                  : "a " + mismatch.getRequiredType().getSimpleName())
              + ", not '"
              + Limits.shown(String.valueOf(mismatch.getValue()))
              + "'.");
    }
    return ex instanceof ErrorResponse error ? error.getBody() : null;
  }

  private static Class<?> wrapped(Class<?> type) {
    if (type == null) {
      return Object.class;
    }
    return type == int.class || type == long.class ? Number.class : type;
  }
}
