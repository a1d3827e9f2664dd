package de.kommune.intake.pipeline.security;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserService;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.registration.ClientRegistrations;
import org.springframework.security.oauth2.client.registration.InMemoryClientRegistrationRepository;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.AnonymousAuthenticationFilter;

import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Two filter chains. {@code /api/**}: bearer tokens of API clients only, stateless, so CSRF protection is off there
 * (a browser never sends such a token by itself). Everything else: people, with form login (local users) or OIDC,
 * a session and CSRF protection.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication
@EnableConfigurationProperties(SecurityProperties.class)
public class SecurityConfiguration {

    @Bean
    ApiClients apiClients(JdbcClient jdbc) {
        return new ApiClients(jdbc);
    }

    @Bean
    @Order(1)
    SecurityFilterChain apiChain(HttpSecurity http, ApiClients clients) throws Exception {
        http.securityMatcher("/api/**")
                .csrf(c -> c.disable())
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .addFilterBefore(new BearerTokenFilter(clients), AnonymousAuthenticationFilter.class)
                .authorizeHttpRequests(a -> a
                        .requestMatchers("/api/v1/openapi.yaml").permitAll()
                        .requestMatchers("/api/v1/admin/**").hasRole(Roles.API_OPERATOR)
                        // Any client may upload a batch; watching all batches and re-running is for operators.
                        .requestMatchers(HttpMethod.POST, "/api/v1/batches").hasRole(Roles.API_CLIENT)
                        .requestMatchers("/api/v1/batches/**").hasRole(Roles.API_OPERATOR)
                        .anyRequest().hasRole(Roles.API_CLIENT))
                .exceptionHandling(e -> e
                        .authenticationEntryPoint((req, res, ex) -> JsonErrors.write(res, 401,
                                "Authentication required: send 'Authorization: Bearer <token>'."))
                        .accessDeniedHandler((req, res, ex) -> JsonErrors.write(res, 403,
                                "This client may not do this.")));
        return http.build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain webChain(HttpSecurity http, SecurityProperties props,
                                 ObjectProvider<ClientRegistrationRepository> oidc) throws Exception {
        http.authorizeHttpRequests(a -> a
                        .requestMatchers("/login", "/css/**", "/js/**", "/error", "/actuator/health/**",
                                "/actuator/health", "/actuator/prometheus").permitAll()
                        .requestMatchers("/review/**", "/batches/**").hasAnyRole(Roles.BACKOFFICE, Roles.ADMIN)
                        .requestMatchers("/inbox/**").hasAnyRole(Roles.CASEWORKER, Roles.ADMIN)
                        .requestMatchers("/admin/**", "/actuator/**").hasRole(Roles.ADMIN)
                        .anyRequest().authenticated())
                .formLogin(f -> f.loginPage("/login").defaultSuccessUrl("/", true).permitAll())
                .logout(l -> l.logoutSuccessUrl("/login?logout"));
        if (oidc.getIfAvailable() != null) {
            OidcUserService delegate = new OidcUserService();
            SecurityProperties.Oidc settings = props.oidc();
            http.oauth2Login(o -> o.loginPage("/login").defaultSuccessUrl("/", true)
                    .userInfoEndpoint(u -> u.oidcUserService(request -> {
                        OidcUser user = delegate.loadUser(request);
                        return new TeamOidcUser(user, OidcClaims.roles(user.getClaims(), settings.rolesClaim()),
                                OidcClaims.team(user.getClaims(), settings.teamClaim()));
                    })));
        }
        return http.build();
    }

    @Bean
    PasswordEncoder passwordEncoder() {
        return new BCryptPasswordEncoder();
    }

    /** Local users from configuration; the hashes are bcrypt, never plain passwords. */
    @Bean
    UserDetailsService localUsers(SecurityProperties props) {
        Map<String, SecurityProperties.LocalUser> users = props.users().stream()
                .collect(Collectors.toMap(SecurityProperties.LocalUser::username, Function.identity()));
        return username -> {
            SecurityProperties.LocalUser u = users.get(username);
            if (u == null) {
                throw new UsernameNotFoundException("unknown user");
            }
            UserDetails details = new LocalUser(u.username(), u.passwordHash(), u.roles().stream()
                    .map(r -> new SimpleGrantedAuthority("ROLE_" + r)).toList(), u.team());
            return details;
        };
    }

    /** OIDC login, only when {@code intake.security.oidc.issuer-uri} is set (discovery runs at start-up). */
    @Bean
    @ConditionalOnProperty(prefix = "intake.security.oidc", name = "issuer-uri")
    ClientRegistrationRepository oidcRegistrations(SecurityProperties props) {
        SecurityProperties.Oidc o = props.oidc();
        ClientRegistration registration = ClientRegistrations.fromIssuerLocation(o.issuerUri())
                .registrationId("oidc").clientId(o.clientId()).clientSecret(o.clientSecret())
                .scope("openid", "profile", "email").build();
        return new InMemoryClientRegistrationRepository(registration);
    }
}
