package io.claimdesk.user.api;

import io.claimdesk.user.domain.ApiToken;
import io.claimdesk.user.domain.ApiTokenScope;
import io.claimdesk.user.domain.ApiTokenService;
import io.swagger.v3.oas.annotations.Operation;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * The signed-in user's personal access tokens: {@code POST /api/v1/me/tokens} creates one and answers the token
 * once ({@code token}); use it as {@code Authorization: Bearer <token>}. Lists never show it again.
 */
@RestController
@RequestMapping("/api/v1/me/tokens")
public class ApiTokenController {

    private final ApiTokenService tokens;

    public ApiTokenController(ApiTokenService tokens) {
        this.tokens = tokens;
    }

    /**
     * A new token: {@code scope} READ (GET only), WRITE or ADMIN (administrators only); {@code expiresInDays}
     * 1 to 365, default 90.
     */
    public record CreateToken(@NotBlank String name, @NotNull ApiTokenScope scope, @Nullable Integer expiresInDays) {
    }

    /** A token as listed; {@code token} is set only in the answer to its creation. Times are UTC. */
    public record TokenDto(long id, String name, String prefix, ApiTokenScope scope, OffsetDateTime createdAt,
                           OffsetDateTime expiresAt, @Nullable OffsetDateTime lastUsedAt,
                           @Nullable OffsetDateTime revokedAt, @Nullable String token) {
        static TokenDto of(ApiToken t, @Nullable String token) {
            return new TokenDto(t.id(), t.name(), t.prefix(), t.scope(), t.createdAt(), t.expiresAt(),
                    t.lastUsedAt(), t.revokedAt(), token);
        }
    }

    @Operation(summary = "Create a personal access token (the token is in this answer only)")
    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    public TokenDto create(@Valid @RequestBody CreateToken body) {
        ApiTokenService.Created created = tokens.create(body.name(), body.scope(), body.expiresInDays());
        return TokenDto.of(created.info(), created.token());
    }

    @Operation(summary = "The signed-in user's tokens (without the tokens themselves)")
    @GetMapping
    public List<TokenDto> list() {
        return tokens.mine().stream().map(t -> TokenDto.of(t, null)).toList();
    }

    @Operation(summary = "Revoke a token (own tokens; administrators any)")
    @DeleteMapping("/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    public void revoke(@PathVariable long id) {
        tokens.revoke(id);
    }
}
