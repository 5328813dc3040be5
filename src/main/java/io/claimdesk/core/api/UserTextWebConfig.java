package io.claimdesk.core.api;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.http.converter.HttpMessageConverter;
import org.springframework.http.converter.json.MappingJackson2HttpMessageConverter;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

import java.util.List;

/**
 * Puts the text boundary in front of the REST API: {@link UserTextModule} on the JSON converters and
 * {@link UserTextFilter} on {@code /api/*} (after Spring Security, so an anonymous caller still gets 401 first).
 */
@Configuration
public class UserTextWebConfig implements WebMvcConfigurer {

    @Override
    public void extendMessageConverters(List<HttpMessageConverter<?>> converters) {
        for (HttpMessageConverter<?> converter : converters) {
            if (converter instanceof MappingJackson2HttpMessageConverter json) {
                json.setObjectMapper(json.getObjectMapper().copy().registerModule(new UserTextModule()));
            }
        }
    }

    @Bean
    FilterRegistrationBean<UserTextFilter> userTextFilter() {
        FilterRegistrationBean<UserTextFilter> registration = new FilterRegistrationBean<>(new UserTextFilter());
        registration.addUrlPatterns("/api/*");
        registration.setOrder(Ordered.LOWEST_PRECEDENCE - 10);
        return registration;
    }
}
