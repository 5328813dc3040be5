package io.claimdesk.core.api;

import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 13: the answers of {@link ApiErrors} that a database test cannot reach cheaply carry their code too (an
 * upload over the server's limit of 64 MB, an unexpected error).
 */
class ApiErrorsTest {

    private final ApiErrors errors = new ApiErrors();

    @Test
    void an_upload_over_the_servers_limit_is_request_too_large() {
        ResponseEntity<Object> answer = errors.handleMaxUploadSizeExceededException(
                new MaxUploadSizeExceededException(64L * 1024 * 1024), new HttpHeaders(),
                HttpStatus.PAYLOAD_TOO_LARGE, null);
        assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.PAYLOAD_TOO_LARGE);
        ProblemDetail p = (ProblemDetail) answer.getBody();
        assertThat(p.getProperties()).containsEntry("code", ApiErrors.TOO_LARGE);
        assertThat(p.getDetail()).contains("larger than the server accepts");
    }

    @Test
    void an_unexpected_error_and_a_denial_have_codes() throws Exception {
        ResponseEntity<ProblemDetail> unexpected = errors.unexpected(new IllegalStateException("boom"));
        assertThat(unexpected.getStatusCode()).isEqualTo(HttpStatus.INTERNAL_SERVER_ERROR);
        assertThat(unexpected.getBody().getProperties()).containsEntry("code", ApiErrors.UNEXPECTED);
        assertThat(unexpected.getBody().getDetail()).doesNotContain("boom");

        ProblemDetail denied = errors.forbidden(new AccessDeniedException("Access Denied"));
        assertThat(denied.getProperties()).containsEntry("code", ApiErrors.ACCESS_DENIED);
        assertThat(denied.getDetail()).isEqualTo("Your role does not allow this.");
    }
}
