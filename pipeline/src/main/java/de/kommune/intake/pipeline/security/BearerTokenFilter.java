package de.kommune.intake.pipeline.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.IOException;
import java.util.List;
import java.util.Optional;

/** Authenticates {@code Authorization: Bearer <token>} against the stored API clients; a wrong token is a 401. */
public final class BearerTokenFilter extends OncePerRequestFilter {

    private final ApiClients clients;

    public BearerTokenFilter(ApiClients clients) {
        this.clients = clients;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String header = request.getHeader("Authorization");
        if (header != null && header.regionMatches(true, 0, "Bearer ", 0, 7)) {
            Optional<ApiClients.Caller> client = clients.authenticate(header.substring(7).strip());
            if (client.isEmpty()) {
                JsonErrors.write(response, HttpServletResponse.SC_UNAUTHORIZED, "The bearer token is not valid.");
                return;
            }
            List<SimpleGrantedAuthority> roles = client.get().operator()
                    ? List.of(new SimpleGrantedAuthority("ROLE_" + Roles.API_CLIENT),
                    new SimpleGrantedAuthority("ROLE_" + Roles.API_OPERATOR))
                    : List.of(new SimpleGrantedAuthority("ROLE_" + Roles.API_CLIENT));
            var auth = UsernamePasswordAuthenticationToken.authenticated("api:" + client.get().name(), null, roles);
            SecurityContextHolder.getContext().setAuthentication(auth);
        }
        chain.doFilter(request, response);
    }
}
