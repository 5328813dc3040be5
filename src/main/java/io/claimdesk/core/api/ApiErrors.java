package io.claimdesk.core.api;

import io.claimdesk.core.db.DatabaseFaults;
import io.claimdesk.core.domain.CodedError;
import io.claimdesk.core.domain.ConflictException;
import io.claimdesk.core.domain.NotFoundException;
import io.claimdesk.core.domain.ValidationException;
import io.claimdesk.core.text.InvalidTextException;
import io.claimdesk.core.work.WorkUnavailableException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

import java.util.stream.Collectors;

/**
 * Errors of the REST API as RFC 9457 {@code application/problem+json}, always with a {@code detail} a person
 * can act on (English) and a stable {@code code} a client can switch on (issue 13): a coded domain error's own code
 * ({@code claim.locked.approved}, ...), else one of the request codes of this class ({@link #DATE_INVALID}, ...).
 * Domain exceptions map to 403, 404, 409 and 422.
 */
@RestControllerAdvice
public class ApiErrors extends ResponseEntityExceptionHandler {

    /** A date field or parameter (YYYY-MM-DD) that is no date. */
    public static final String DATE_INVALID = "request.date.invalid";
    /** A date-and-time field or parameter (ISO 8601) that is no date and time. */
    public static final String DATE_TIME_INVALID = "request.dateTime.invalid";
    /** The body is not JSON at all (the detail gives line and column). */
    public static final String BODY_INVALID_JSON = "request.body.invalidJson";
    /** The endpoint needs a body and got none. */
    public static final String BODY_MISSING = "request.body.missing";
    /** The body could not be read for another reason. */
    public static final String BODY_UNREADABLE = "request.body.unreadable";
    /** A JSON field has the wrong type ({@code field} names it). */
    public static final String FIELD_TYPE = "request.field.type";
    /** A field's value is refused by its constraints ({@code field} names it). */
    public static final String FIELD_INVALID = "request.field.invalid";
    /** A request parameter has the wrong type. */
    public static final String PARAMETER_TYPE = "request.parameter.type";
    /** A required request parameter is missing. */
    public static final String PARAMETER_MISSING = "request.parameter.missing";
    /** The request (e.g. an upload) is larger than the server accepts. */
    public static final String TOO_LARGE = "request.tooLarge";
    /** Any other refused request, by HTTP status: {@code request.status.<code>} (e.g. {@code request.status.405}). */
    public static final String REQUEST_STATUS = "request.status.";
    /** The signed-in account's role (or token scope) does not allow this. */
    public static final String ACCESS_DENIED = "access.denied";
    /** The requested thing does not exist. */
    public static final String NOT_FOUND = "resource.notFound";
    /** The change conflicts with the current state (a coded conflict has its own code). */
    public static final String CONFLICT = "resource.conflict";
    /** Heavy work was not done (pool full, time limit; a coded one has its own code). */
    public static final String WORK_UNAVAILABLE = "work.unavailable";
    /** Anything unexpected on the server; logged. */
    public static final String UNEXPECTED = "server.unexpected";

    @ExceptionHandler(NotFoundException.class)
    ProblemDetail notFound(NotFoundException e) {
        return coded(ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, e.getMessage()), e, NOT_FOUND);
    }

    @ExceptionHandler(ConflictException.class)
    ProblemDetail conflict(ConflictException e) {
        ProblemDetail p = coded(ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, e.getMessage()), e, CONFLICT);
        if (e.currentVersion() != null) {
            p.setProperty("currentVersion", e.currentVersion());
        }
        if (e.changedBy() != null) {
            p.setProperty("changedBy", e.changedBy());
        }
        return p;
    }

    @ExceptionHandler(ValidationException.class)
    ProblemDetail invalid(ValidationException e) {
        ProblemDetail p = coded(ProblemDetail.forStatusAndDetail(HttpStatus.UNPROCESSABLE_ENTITY, e.getMessage()), e,
                FIELD_INVALID);
        if (e instanceof InvalidTextException t) {
            p.setProperty("field", t.field());
        }
        return p;
    }

    /**
     * Anything unexpected: a database fault (unreachable, no connection in time, statement time limit; see
     * {@link DatabaseFaults}) is a 503 with {@code Retry-After}; anything else is logged with its stack trace and
     * answered as a 500 without internals.
     */
    @ExceptionHandler(Exception.class)
    ResponseEntity<ProblemDetail> unexpected(Exception e) throws Exception {
        if (e instanceof org.springframework.security.core.AuthenticationException
                || e instanceof org.springframework.web.ErrorResponse) {
            throw e;
        }
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof org.apache.tomcat.util.http.fileupload.InvalidFileNameException) {
                // Tomcat refuses a part's file name with a NUL before any of our code can clean it
                ProblemDetail p = ProblemDetail.forStatusAndDetail(HttpStatus.UNPROCESSABLE_ENTITY,
                        "The field 'filename' (the uploaded file's name) contains a NUL character; rename the file "
                                + "and upload it again.");
                p.setProperty("field", "filename");
                p.setProperty("code", FIELD_INVALID);
                return ResponseEntity.unprocessableEntity().body(p);
            }
        }
        var fault = DatabaseFaults.classify(e);
        if (fault.isPresent()) {
            org.slf4j.LoggerFactory.getLogger(ApiErrors.class).warn("Database fault in an API call: {}",
                    e.toString());
            return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
                    .header(HttpHeaders.RETRY_AFTER, Integer.toString(DatabaseFaults.RETRY_AFTER_SECONDS))
                    .body(withCode(ProblemDetail.forStatusAndDetail(HttpStatus.SERVICE_UNAVAILABLE,
                            fault.get().detail()), fault.get().code()));
        }
        org.slf4j.LoggerFactory.getLogger(ApiErrors.class).error("Unexpected error in an API call", e);
        return ResponseEntity.status(HttpStatus.INTERNAL_SERVER_ERROR).body(withCode(ProblemDetail.forStatusAndDetail(
                HttpStatus.INTERNAL_SERVER_ERROR, "Something went wrong on the server; the error was logged."),
                UNEXPECTED));
    }

    /**
     * Heavy work not done (pool full, time limit, cancelled, shutting down; see
     * {@link io.claimdesk.core.work.BoundedWork}): 503 with {@code Retry-After} and the error's code.
     */
    @ExceptionHandler(WorkUnavailableException.class)
    ResponseEntity<ProblemDetail> workUnavailable(WorkUnavailableException e) {
        return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
                .header(HttpHeaders.RETRY_AFTER, Integer.toString(WorkUnavailableException.RETRY_AFTER_SECONDS))
                .body(coded(ProblemDetail.forStatusAndDetail(HttpStatus.SERVICE_UNAVAILABLE, e.getMessage()), e,
                        WORK_UNAVAILABLE));
    }

    @ExceptionHandler(AccessDeniedException.class)
    ProblemDetail forbidden(AccessDeniedException e) {
        String message = e.getMessage();
        ProblemDetail p = ProblemDetail.forStatusAndDetail(HttpStatus.FORBIDDEN,
                message == null || message.equals("Access Denied") ? "Your role does not allow this." : message);
        return e instanceof CodedError coded ? coded(p, coded, ACCESS_DENIED) : withCode(p, ACCESS_DENIED);
    }

    @Override
    protected ResponseEntity<Object> handleMaxUploadSizeExceededException(
            org.springframework.web.multipart.MaxUploadSizeExceededException ex, HttpHeaders headers,
            HttpStatusCode status, WebRequest request) {
        ProblemDetail p = ProblemDetail.forStatusAndDetail(HttpStatus.PAYLOAD_TOO_LARGE,
                "The upload is larger than the server accepts at all; split it or ask an administrator.");
        p.setProperty("code", TOO_LARGE);
        return ResponseEntity.status(HttpStatus.PAYLOAD_TOO_LARGE).body(p);
    }

    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException ex,
                                                                  HttpHeaders headers, HttpStatusCode status,
                                                                  WebRequest request) {
        for (Throwable t = ex; t != null; t = t.getCause()) {
            if (t instanceof InvalidTextException invalid) {
                return ResponseEntity.status(HttpStatus.UNPROCESSABLE_ENTITY).body(invalid(invalid));
            }
        }
        if (ex.getCause() instanceof com.fasterxml.jackson.databind.exc.MismatchedInputException m
                && !m.getPath().isEmpty() && isDateType(m.getTargetType())) {
            // a date that is no date is an error on the field (issue 14), never a silently dropped value
            ProblemDetail p = ProblemDetail.forStatusAndDetail(HttpStatus.UNPROCESSABLE_ENTITY, unreadable(ex));
            p.setProperty("code", dateCode(m.getTargetType()));
            p.setProperty("field", m.getPath().stream()
                    .map(r -> r.getFieldName() != null ? r.getFieldName() : "[" + r.getIndex() + "]")
                    .collect(Collectors.joining(".")));
            return ResponseEntity.status(HttpStatus.UNPROCESSABLE_ENTITY).body(p);
        }
        ProblemDetail p = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, unreadable(ex));
        p.setProperty("code", unreadableCode(ex));
        if (ex.getCause() instanceof com.fasterxml.jackson.databind.exc.MismatchedInputException m
                && !m.getPath().isEmpty()) {
            p.setProperty("field", fieldPath(m));
        }
        return ResponseEntity.status(HttpStatus.BAD_REQUEST).body(p);
    }

    /**
     * A request parameter or form field of a date type that does not parse (e.g. {@code publishedAt=31/02/2026} in a
     * multipart import) is a 422 naming the field; other type mismatches stay Spring's 400.
     */
    @Override
    protected ResponseEntity<Object> handleTypeMismatch(org.springframework.beans.TypeMismatchException ex,
                                                        HttpHeaders headers, HttpStatusCode status,
                                                        WebRequest request) {
        if (isDateType(ex.getRequiredType()) && ex.getPropertyName() != null) {
            String field = ex.getPropertyName();
            ProblemDetail p = ProblemDetail.forStatusAndDetail(HttpStatus.UNPROCESSABLE_ENTITY, "The field '" + field
                    + "' must be " + expectedDate(ex.getRequiredType()) + ", not '" + ex.getValue() + "'.");
            p.setProperty("field", field);
            p.setProperty("code", dateCode(ex.getRequiredType()));
            return ResponseEntity.status(HttpStatus.UNPROCESSABLE_ENTITY).body(p);
        }
        return super.handleTypeMismatch(ex, headers, status, request);
    }

    private static boolean isDateType(@org.jspecify.annotations.Nullable Class<?> type) {
        return type != null && java.time.temporal.Temporal.class.isAssignableFrom(type);
    }

    private static String expectedDate(@org.jspecify.annotations.Nullable Class<?> type) {
        return type == java.time.LocalDate.class ? "a date (YYYY-MM-DD)"
                : "a date and time (ISO 8601, e.g. 2026-11-29T10:00:00Z)";
    }

    @Override
    protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException ex,
                                                                  HttpHeaders headers, HttpStatusCode status,
                                                                  WebRequest request) {
        for (org.springframework.validation.FieldError f : ex.getBindingResult().getFieldErrors()) {
            // a form field bound to a record (e.g. publishedAt of a multipart import) that is no date: the same
            // answer as a date request parameter that does not parse
            if (f.isBindingFailure() && f.contains(org.springframework.beans.TypeMismatchException.class)
                    && isDateType(f.unwrap(org.springframework.beans.TypeMismatchException.class).getRequiredType())) {
                ProblemDetail p = ProblemDetail.forStatusAndDetail(HttpStatus.UNPROCESSABLE_ENTITY, "The field '"
                        + f.getField() + "' must be " + expectedDate(f.unwrap(
                        org.springframework.beans.TypeMismatchException.class).getRequiredType()) + ", not '"
                        + f.getRejectedValue() + "'.");
                p.setProperty("field", f.getField());
                p.setProperty("code", dateCode(f.unwrap(org.springframework.beans.TypeMismatchException.class)
                        .getRequiredType()));
                return ResponseEntity.status(HttpStatus.UNPROCESSABLE_ENTITY).body(p);
            }
        }
        String detail = ex.getBindingResult().getFieldErrors().stream()
                .map(f -> f.getField() + ": " + f.getDefaultMessage())
                .collect(Collectors.joining("; "));
        ProblemDetail p = ProblemDetail.forStatusAndDetail(HttpStatus.UNPROCESSABLE_ENTITY, detail);
        p.setProperty("code", FIELD_INVALID);
        if (!ex.getBindingResult().getFieldErrors().isEmpty()) {
            p.setProperty("field", ex.getBindingResult().getFieldErrors().get(0).getField());
        }
        return ResponseEntity.status(HttpStatus.UNPROCESSABLE_ENTITY).body(p);
    }

    /** A reader's account of an unreadable body: which field has the wrong type, or where the JSON breaks. */
    static String unreadable(HttpMessageNotReadableException ex) {
        Throwable cause = ex.getCause();
        if (cause instanceof com.fasterxml.jackson.databind.exc.MismatchedInputException m && !m.getPath().isEmpty()) {
            String field = m.getPath().stream()
                    .map(r -> r.getFieldName() != null ? r.getFieldName() : "[" + r.getIndex() + "]")
                    .collect(Collectors.joining("."));
            String expected = m.getTargetType() == null ? "another type" : switch (m.getTargetType().getSimpleName()) {
                case "Integer", "int", "Long", "long" -> "a whole number";
                case "Boolean", "boolean" -> "true or false";
                case "LocalDate" -> "a date (YYYY-MM-DD)";
                case "OffsetDateTime", "Instant" -> "a date and time (ISO 8601, e.g. 2026-11-29T10:00:00Z)";
                case "String" -> "a text";
                case "List" -> "a list";
                default -> m.getTargetType().isEnum() ? "one of " + java.util.Arrays.toString(
                        m.getTargetType().getEnumConstants()) : "another type";
            };
            return "The field '" + field + "' must be " + expected + ".";
        }
        if (cause instanceof com.fasterxml.jackson.core.JsonProcessingException j && j.getLocation() != null) {
            return "The request body is not valid JSON (line " + j.getLocation().getLineNr() + ", column "
                    + j.getLocation().getColumnNr() + ").";
        }
        if (ex.getMessage() != null && ex.getMessage().startsWith("Required request body is missing")) {
            return "This endpoint needs a JSON body.";
        }
        return "The request body is not valid JSON for this endpoint.";
    }



    /**
     * Every other answer of Spring's own handling (a parameter of the wrong type or missing, a method or media type
     * not supported, no such resource, ...) gets a code too: the specific ones named here, else
     * {@code request.status.<status>}.
     */
    @Override
    protected ResponseEntity<Object> handleExceptionInternal(Exception ex, @org.jspecify.annotations.Nullable Object body,
                                                             HttpHeaders headers, HttpStatusCode statusCode,
                                                             WebRequest request) {
        ResponseEntity<Object> answer = super.handleExceptionInternal(ex, body, headers, statusCode, request);
        if (answer != null && answer.getBody() instanceof ProblemDetail p
                && (p.getProperties() == null || !p.getProperties().containsKey("code"))) {
            String code;
            if (ex instanceof org.springframework.beans.TypeMismatchException) {
                code = PARAMETER_TYPE;
            } else if (ex instanceof org.springframework.web.bind.MissingServletRequestParameterException
                    || ex instanceof org.springframework.web.multipart.support.MissingServletRequestPartException) {
                code = PARAMETER_MISSING;
            } else if (ex instanceof org.springframework.web.servlet.resource.NoResourceFoundException) {
                code = NOT_FOUND;
            } else {
                code = REQUEST_STATUS + statusCode.value();
            }
            p.setProperty("code", code);
        }
        return answer;
    }

    private static String fieldPath(com.fasterxml.jackson.databind.exc.MismatchedInputException m) {
        return m.getPath().stream()
                .map(r -> r.getFieldName() != null ? r.getFieldName() : "[" + r.getIndex() + "]")
                .collect(Collectors.joining("."));
    }

    private static String dateCode(@org.jspecify.annotations.Nullable Class<?> type) {
        return type == java.time.LocalDate.class ? DATE_INVALID : DATE_TIME_INVALID;
    }

    /** The code of a body that cannot be read: which of {@link #unreadable}'s cases it is. */
    static String unreadableCode(HttpMessageNotReadableException ex) {
        Throwable cause = ex.getCause();
        if (cause instanceof com.fasterxml.jackson.databind.exc.MismatchedInputException m && !m.getPath().isEmpty()) {
            return FIELD_TYPE;
        }
        if (cause instanceof com.fasterxml.jackson.core.JsonProcessingException j && j.getLocation() != null) {
            return BODY_INVALID_JSON;
        }
        if (ex.getMessage() != null && ex.getMessage().startsWith("Required request body is missing")) {
            return BODY_MISSING;
        }
        return BODY_UNREADABLE;
    }

    /**
     * Adds the stable {@code code} of a coded error (issue 13): clients switch on it, people read the detail; an
     * error raised with a plain sentence gets {@code fallback}.
     */
    private static ProblemDetail coded(ProblemDetail p, CodedError e, String fallback) {
        p.setProperty("code", e.code() != null ? e.code() : fallback);
        return p;
    }

    /** Sets {@code code} on a problem (issue 13). */
    public static ProblemDetail withCode(ProblemDetail p, String code) {
        p.setProperty("code", code);
        return p;
    }
}
