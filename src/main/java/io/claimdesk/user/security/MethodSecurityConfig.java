package io.claimdesk.user.security;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Security that holds with or without the web server: {@code @PreAuthorize} on services (so the command line obeys
 * the same rules as the UI and the API) and the password encoder.
 */
@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity
public class MethodSecurityConfig {

    @Bean
    PasswordEncoder passwordEncoder() {
        // bcrypt by default, with {id} prefixes so the algorithm can be upgraded later
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }
}
