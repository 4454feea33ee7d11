package se.bricka.backend.staff.oidc;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.proc.BadJOSEException;
import com.nimbusds.jose.util.DefaultResourceRetriever;
import com.nimbusds.jwt.JWT;
import com.nimbusds.oauth2.sdk.AuthorizationCode;
import com.nimbusds.oauth2.sdk.AuthorizationCodeGrant;
import com.nimbusds.oauth2.sdk.GeneralException;
import com.nimbusds.oauth2.sdk.ParseException;
import com.nimbusds.oauth2.sdk.ResponseType;
import com.nimbusds.oauth2.sdk.Scope;
import com.nimbusds.oauth2.sdk.TokenRequest;
import com.nimbusds.oauth2.sdk.TokenResponse;
import com.nimbusds.oauth2.sdk.auth.ClientSecretBasic;
import com.nimbusds.oauth2.sdk.auth.Secret;
import com.nimbusds.oauth2.sdk.http.HTTPRequest;
import com.nimbusds.oauth2.sdk.id.ClientID;
import com.nimbusds.oauth2.sdk.id.Issuer;
import com.nimbusds.oauth2.sdk.id.State;
import com.nimbusds.oauth2.sdk.pkce.CodeChallengeMethod;
import com.nimbusds.oauth2.sdk.pkce.CodeVerifier;
import com.nimbusds.openid.connect.sdk.AuthenticationRequest;
import com.nimbusds.openid.connect.sdk.Nonce;
import com.nimbusds.openid.connect.sdk.OIDCTokenResponse;
import com.nimbusds.openid.connect.sdk.OIDCTokenResponseParser;
import com.nimbusds.openid.connect.sdk.claims.IDTokenClaimsSet;
import com.nimbusds.openid.connect.sdk.op.OIDCProviderMetadata;
import com.nimbusds.openid.connect.sdk.validators.IDTokenValidator;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import se.bricka.backend.http.ApiException;
import se.bricka.backend.persistence.Transactor;
import se.bricka.backend.staff.StaffAccount;
import se.bricka.backend.web.Text;
import se.bricka.core.privacy.StaffRole;

/**
 * Staff sign-in through an OpenID Connect provider: the authorization code flow with PKCE, a state bound to
 * the browser by a cookie, and a nonce; the ID token is checked (signature by the provider's JWKS, issuer,
 * audience, expiry, nonce) before its role claim picks the account's role. A person whose token names no
 * known role is refused and nothing is stored.
 *
 * <p>Sign-ins under way are kept in memory for {@link #PENDING_FOR}, at most {@link #MAX_PENDING} of them:
 * with several backend nodes, the provider must send the browser back to the node it left from.
 */
public final class OidcSignIn {

    /** How long a started sign-in may take at the provider. */
    public static final Duration PENDING_FOR = Duration.ofMinutes(10);

    /** The most sign-ins under way at once; the oldest is dropped past that. */
    public static final int MAX_PENDING = 10_000;

    private static final Logger LOG = LoggerFactory.getLogger(OidcSignIn.class);
    private static final int TIMEOUT_MILLIS = 5_000;
    private static final int MAX_DISPLAY_NAME = 200;
    private static final int MAX_PROPERTY = 64;

    private final OidcSettings settings;
    private final OidcAccounts accounts;
    private final Clock clock;
    private final Map<String, Pending> pending = new LinkedHashMap<>(16, 0.75f, false) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Pending> eldest) {
            return size() > MAX_PENDING;
        }
    };
    private volatile Provider provider;

    public OidcSignIn(OidcSettings settings, Transactor transactor, Clock clock) {
        this.settings = settings;
        this.accounts = new OidcAccounts(transactor);
        this.clock = clock;
    }

    /** Sign-in through the provider the environment configures, or {@code null} when none is. */
    public static OidcSignIn fromEnvironment(Transactor transactor, Clock clock) {
        return OidcSettings.fromEnvironment()
                .map(settings -> new OidcSignIn(settings, transactor, clock))
                .orElse(null);
    }

    /** The name on the "Sign in with …" link. */
    public String providerName() {
        return settings.providerName();
    }

    /** Where the provider sends the browser back to, for a request that came to {@code origin}. */
    URI redirectUri(String origin) {
        return settings.redirectUri() != null ? settings.redirectUri() : URI.create(origin + OidcRoutes.CALLBACK);
    }

    /** A sign-in just started: where to send the browser, and the secret its cookie keeps. */
    record Start(URI authorizationUri, String browserSecret) {}

    /** Starts a sign-in that comes back to {@code redirectUri}. */
    Start start(URI redirectUri) {
        Provider p = provider();
        State state = new State();
        Nonce nonce = new Nonce();
        CodeVerifier verifier = new CodeVerifier();
        String browserSecret = new State().getValue();
        AuthenticationRequest request = new AuthenticationRequest.Builder(
                        ResponseType.CODE, new Scope("openid", "profile"), p.clientId(), redirectUri)
                .endpointURI(p.metadata().getAuthorizationEndpointURI())
                .state(state)
                .nonce(nonce)
                .codeChallenge(verifier, CodeChallengeMethod.S256)
                .build();
        synchronized (pending) {
            pending.put(state.getValue(), new Pending(browserSecret, nonce, verifier, redirectUri, clock.instant()));
        }
        return new Start(request.toURI(), browserSecret);
    }

    /**
     * Finishes a sign-in the provider sent back: the state must be one this node started for this browser,
     * not yet used and not too old; then the code is exchanged and the ID token checked.
     *
     * @param error the provider's {@code error} parameter, if it sent one
     * @return the account, made or brought up to date
     * @throws ApiException 400 {@code oidc-refused} saying why
     */
    StaffAccount finish(String state, String code, String error, String browserSecret) {
        Pending started;
        synchronized (pending) {
            // Removed whatever comes next: a state works once, so a replayed callback finds nothing.
            started = state == null ? null : pending.remove(state);
        }
        if (started == null
                || browserSecret == null
                || !MessageDigest.isEqual(
                        started.browserSecret().getBytes(StandardCharsets.UTF_8),
                        browserSecret.getBytes(StandardCharsets.UTF_8))) {
            throw refused("oidc.unknownState");
        }
        if (!started.at().plus(PENDING_FOR).isAfter(clock.instant())) {
            throw refused("oidc.tooSlow");
        }
        if (error != null) {
            LOG.info("OpenID Connect provider refused a sign-in: {}", error);
            throw refused("oidc.providerRefused");
        }
        if (code == null || code.isBlank()) {
            throw refused("oidc.noCode");
        }
        IDTokenClaimsSet claims = exchange(code, started);
        StaffRole role = roleOf(claims);
        String subject = claims.getSubject().getValue();
        return accounts.signedIn(
                claims.getIssuer().getValue(),
                subject,
                displayNameOf(claims, subject),
                role,
                propertiesOf(claims),
                clock.instant());
    }

    private IDTokenClaimsSet exchange(String code, Pending started) {
        Provider p = provider();
        TokenRequest request = new TokenRequest.Builder(
                        p.metadata().getTokenEndpointURI(),
                        new ClientSecretBasic(p.clientId(), new Secret(settings.clientSecret())),
                        new AuthorizationCodeGrant(
                                new AuthorizationCode(code), started.redirectUri(), started.verifier()))
                .build();
        JWT idToken;
        try {
            HTTPRequest http = request.toHTTPRequest();
            http.setConnectTimeout(TIMEOUT_MILLIS);
            http.setReadTimeout(TIMEOUT_MILLIS);
            TokenResponse response = OIDCTokenResponseParser.parse(http.send());
            if (!response.indicatesSuccess()) {
                LOG.info(
                        "OpenID Connect token request refused: {}",
                        response.toErrorResponse().getErrorObject());
                throw refused("oidc.codeRefused");
            }
            if (!(response.toSuccessResponse() instanceof OIDCTokenResponse tokens)) {
                throw refused("oidc.badIdToken");
            }
            idToken = tokens.getOIDCTokens().getIDToken();
        } catch (IOException | ParseException e) {
            LOG.warn("OpenID Connect token request failed: {}", e.toString());
            throw unreachable();
        }
        try {
            return p.validator().validate(idToken, started.nonce());
        } catch (BadJOSEException | JOSEException e) {
            LOG.warn("OpenID Connect ID token refused: {}", e.getMessage());
            throw refused("oidc.badIdToken");
        }
    }

    private StaffRole roleOf(IDTokenClaimsSet claims) {
        Set<StaffRole> roles = new LinkedHashSet<>();
        for (String value : values(claims.getClaim(settings.roleClaim()))) {
            StaffRole role = settings.roles().get(value);
            if (role != null) {
                roles.add(role);
            }
        }
        if (roles.isEmpty()) {
            throw refused("oidc.noRole", settings.roleClaim());
        }
        if (roles.size() > 1) {
            // One account has one role; guessing which one the person meant would grant too much.
            throw refused("oidc.severalRoles", settings.roleClaim());
        }
        return roles.iterator().next();
    }

    private List<String> propertiesOf(IDTokenClaimsSet claims) {
        if (settings.propertyClaim() == null) {
            return List.of();
        }
        List<String> properties = new ArrayList<>();
        for (String value : values(claims.getClaim(settings.propertyClaim()))) {
            if (value.isBlank() || value.contains(",") || value.length() > MAX_PROPERTY) {
                throw refused("oidc.badProperty", settings.propertyClaim());
            }
            properties.add(value);
        }
        return properties;
    }

    private static String displayNameOf(IDTokenClaimsSet claims, String subject) {
        for (String claim : List.of("name", "preferred_username")) {
            if (claims.getClaim(claim) instanceof String name && !name.isBlank()) {
                return name.length() > MAX_DISPLAY_NAME ? name.substring(0, MAX_DISPLAY_NAME) : name;
            }
        }
        return subject.length() > MAX_DISPLAY_NAME ? subject.substring(0, MAX_DISPLAY_NAME) : subject;
    }

    /** A claim as a list of strings: Entra ID sends roles as an array, other providers a single string. */
    private static List<String> values(Object claim) {
        if (claim instanceof String single) {
            return List.of(single);
        }
        List<String> values = new ArrayList<>();
        if (claim instanceof Collection<?> many) {
            for (Object value : many) {
                if (value instanceof String text) {
                    values.add(text);
                }
            }
        }
        return values;
    }

    /** The provider's metadata and the ID token validator, fetched on first use and kept. */
    private Provider provider() {
        Provider known = provider;
        if (known != null) {
            return known;
        }
        synchronized (this) {
            if (provider == null) {
                try {
                    Issuer issuer = new Issuer(settings.issuer());
                    OIDCProviderMetadata metadata =
                            OIDCProviderMetadata.resolve(issuer, TIMEOUT_MILLIS, TIMEOUT_MILLIS);
                    ClientID clientId = new ClientID(settings.clientId());
                    IDTokenValidator validator = new IDTokenValidator(
                            metadata.getIssuer(),
                            clientId,
                            JWSAlgorithm.RS256,
                            metadata.getJWKSetURI().toURL(),
                            new DefaultResourceRetriever(TIMEOUT_MILLIS, TIMEOUT_MILLIS));
                    provider = new Provider(metadata, clientId, validator);
                } catch (IOException | GeneralException e) {
                    LOG.warn("OpenID Connect provider {} not reachable: {}", settings.issuer(), e.toString());
                    throw unreachable();
                }
            }
            return provider;
        }
    }

    private static ApiException refused(String key, Object... args) {
        return new ApiException("oidc-refused", "Sign-in through the provider was refused", 400, Text.of(key, args));
    }

    private static ApiException unreachable() {
        return new ApiException(
                "oidc-unavailable", "The sign-in provider cannot be reached", 503, Text.of("oidc.providerUnreachable"));
    }

    private record Provider(OIDCProviderMetadata metadata, ClientID clientId, IDTokenValidator validator) {}

    /** A sign-in sent to the provider and not yet back. */
    private record Pending(String browserSecret, Nonce nonce, CodeVerifier verifier, URI redirectUri, Instant at) {}
}
