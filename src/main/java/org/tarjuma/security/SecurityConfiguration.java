package org.tarjuma.security;

import jakarta.servlet.DispatcherType;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.AnonymousAuthenticationFilter;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;

/**
 * Two filter chains. The API ({@code /api/**}, and {@code /actuator/**} for operators): API keys
 * only, no session, no cookie honoured (so no CSRF to forge), every endpoint under {@link
 * EndpointRules}. Everything else: form sign-in with a session cookie (HttpOnly, SameSite=Lax, set
 * in application.properties; Secure when the request came over HTTPS, as the load balancer tells
 * with server.forward-headers-strategy) and CSRF on every form, its token read from the form's body
 * or a header, never from the URL ({@link BodyOrHeaderCsrfToken}). Sessions are kept in the
 * database (Spring Session JDBC, tables in V13), so any node serves any page; what they hold is
 * Java-serialized.
 */
@Configuration
@EnableConfigurationProperties(SecurityProperties.class)
class SecurityConfiguration {

  @Bean
  PasswordEncoder passwordEncoder() {
    // bcrypt today, tagged ({bcrypt}…) so a stronger default later still reads old hashes.
    return PasswordEncoderFactories.createDelegatingPasswordEncoder();
  }

  @Bean
  @Order(1)
  SecurityFilterChain api(
      HttpSecurity http, ApiKeys keys, ProblemResponses problems, SecurityProperties properties)
      throws Exception {
    return http.securityMatcher("/api/**", "/actuator/**")
        .csrf(csrf -> csrf.disable())
        .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
        .requestCache(cache -> cache.disable())
        .formLogin(form -> form.disable())
        .httpBasic(basic -> basic.disable())
        .logout(logout -> logout.disable())
        .addFilterBefore(
            new ApiKeyFilter(keys, problems, properties.adminKey()),
            AnonymousAuthenticationFilter.class)
        .exceptionHandling(e -> e.authenticationEntryPoint(problems).accessDeniedHandler(problems))
        .authorizeHttpRequests(EndpointRules::apply)
        .build();
  }

  @Bean
  @Order(2)
  SecurityFilterChain pages(
      HttpSecurity http, UserAccount users, PasswordEncoder encoder, LoginAttempts attempts)
      throws Exception {
    DaoAuthenticationProvider passwords = new DaoAuthenticationProvider(users);
    passwords.setPasswordEncoder(encoder);
    return http.authenticationProvider(new ThrottledSignIn(passwords, attempts))
        .addFilterBefore(new SignInLimits(), UsernamePasswordAuthenticationFilter.class)
        .csrf(csrf -> csrf.csrfTokenRequestHandler(new BodyOrHeaderCsrfToken()))
        .authorizeHttpRequests(
            requests -> {
              requests
                  .dispatcherTypeMatchers(DispatcherType.ERROR)
                  .permitAll()
                  .requestMatchers(
                      "/error",
                      "/login",
                      "/v3/api-docs/**",
                      "/swagger-ui/**",
                      "/swagger-ui.html",
                      "/assets/**",
                      "/fonts/**",
                      "/webjars/**")
                  .permitAll();
              EndpointRules.applyPages(requests);
            })
        .formLogin(
            form ->
                form.loginPage("/login")
                    .failureHandler(new SignInFailure())
                    .defaultSuccessUrl("/", false)
                    .permitAll())
        .logout(org.springframework.security.config.Customizer.withDefaults())
        .build();
  }
}
