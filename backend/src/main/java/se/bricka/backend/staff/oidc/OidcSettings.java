package se.bricka.backend.staff.oidc;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import se.bricka.backend.ConfigException;
import se.bricka.core.privacy.StaffRole;

/**
 * How staff sign in through an OpenID Connect provider (Entra ID, Keycloak, …), from the environment:
 *
 * <ul>
 *   <li>{@code BRICKA_OIDC_ISSUER}: the provider's issuer URL; unset means no such sign-in.
 *   <li>{@code BRICKA_OIDC_CLIENT_ID}, {@code BRICKA_OIDC_CLIENT_SECRET}: Bricka's registration there.
 *   <li>{@code BRICKA_OIDC_PROVIDER_NAME}: shown as "Sign in with …" (default "OpenID Connect").
 *   <li>{@code BRICKA_OIDC_ROLE_CLAIM}: the claim naming the person's role (default {@code roles}, as Entra
 *       ID sends app roles), and {@code BRICKA_OIDC_ROLE_MAP}: which claim value is which Bricka role, as
 *       {@code Bricka.CustomerService=CUSTOMER_SERVICE,Bricka.IT=IT_ADMINISTRATION}.
 *   <li>{@code BRICKA_OIDC_PROPERTY_CLAIM}: the claim listing the properties the person works with
 *       (optional).
 *   <li>{@code BRICKA_OIDC_REDIRECT_URI}: the callback URL registered at the provider; by default the
 *       request's own origin followed by {@link OidcRoutes#CALLBACK}.
 * </ul>
 *
 * Each is also read from the Java system property of the same name, which wins (for {@code -D} in a
 * service file, and for tests).
 */
public record OidcSettings(
        URI issuer,
        String clientId,
        String clientSecret,
        String providerName,
        String roleClaim,
        Map<String, StaffRole> roles,
        String propertyClaim,
        URI redirectUri) {

    public static final String ISSUER = "BRICKA_OIDC_ISSUER";
    public static final String CLIENT_ID = "BRICKA_OIDC_CLIENT_ID";
    public static final String CLIENT_SECRET = "BRICKA_OIDC_CLIENT_SECRET";
    public static final String PROVIDER_NAME = "BRICKA_OIDC_PROVIDER_NAME";
    public static final String ROLE_CLAIM = "BRICKA_OIDC_ROLE_CLAIM";
    public static final String ROLE_MAP = "BRICKA_OIDC_ROLE_MAP";
    public static final String PROPERTY_CLAIM = "BRICKA_OIDC_PROPERTY_CLAIM";
    public static final String REDIRECT_URI = "BRICKA_OIDC_REDIRECT_URI";

    public OidcSettings {
        roles = Map.copyOf(roles);
    }

    /** The settings in this process's environment and system properties; empty when no issuer is set. */
    public static Optional<OidcSettings> fromEnvironment() {
        Map<String, String> values = new HashMap<>(System.getenv());
        for (String name : new String[] {
            ISSUER, CLIENT_ID, CLIENT_SECRET, PROVIDER_NAME, ROLE_CLAIM, ROLE_MAP, PROPERTY_CLAIM, REDIRECT_URI
        }) {
            String property = System.getProperty(name);
            if (property != null) {
                values.put(name, property);
            }
        }
        return from(values);
    }

    /**
     * The settings in {@code values}; empty when no issuer is set.
     *
     * @throws ConfigException naming the setting and its bad value
     */
    public static Optional<OidcSettings> from(Map<String, String> values) {
        String issuer = blankToNull(values.get(ISSUER));
        if (issuer == null) {
            return Optional.empty();
        }
        String roleClaim =
                Optional.ofNullable(blankToNull(values.get(ROLE_CLAIM))).orElse("roles");
        String name =
                Optional.ofNullable(blankToNull(values.get(PROVIDER_NAME))).orElse("OpenID Connect");
        String redirect = blankToNull(values.get(REDIRECT_URI));
        return Optional.of(new OidcSettings(
                absoluteUri(ISSUER, issuer),
                required(values, CLIENT_ID),
                required(values, CLIENT_SECRET),
                name,
                roleClaim,
                roleMap(required(values, ROLE_MAP)),
                blankToNull(values.get(PROPERTY_CLAIM)),
                redirect == null ? null : absoluteUri(REDIRECT_URI, redirect)));
    }

    private static Map<String, StaffRole> roleMap(String text) {
        Map<String, StaffRole> roles = new LinkedHashMap<>();
        for (String entry : text.split(",")) {
            int eq = entry.lastIndexOf('=');
            String value = eq < 0 ? "" : entry.substring(0, eq).trim();
            String role = eq < 0 ? "" : entry.substring(eq + 1).trim().toUpperCase(Locale.ROOT);
            if (value.isEmpty()) {
                throw new ConfigException(ROLE_MAP + ": each entry is claim-value=ROLE, was '" + entry.trim() + "'");
            }
            try {
                roles.put(value, StaffRole.valueOf(role));
            } catch (IllegalArgumentException e) {
                throw new ConfigException(ROLE_MAP + ": '" + role + "' is not a staff role (one of "
                        + java.util.Arrays.toString(StaffRole.values()) + ")");
            }
        }
        return roles;
    }

    private static String required(Map<String, String> values, String name) {
        String value = blankToNull(values.get(name));
        if (value == null) {
            throw new ConfigException(name + " must be set when " + ISSUER + " is");
        }
        return value;
    }

    private static URI absoluteUri(String name, String value) {
        try {
            URI uri = new URI(value);
            if (!uri.isAbsolute()
                    || !(uri.getScheme().equals("https") || uri.getScheme().equals("http"))) {
                throw new ConfigException(name + " must be an absolute http(s) URL, was '" + value + "'");
            }
            return uri;
        } catch (URISyntaxException e) {
            throw new ConfigException(name + " must be an absolute http(s) URL, was '" + value + "'");
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }

    @Override
    public String toString() {
        // The client secret stays out of logs.
        return "OidcSettings[issuer=" + issuer + ", clientId=" + clientId + ", roleClaim=" + roleClaim + ", roles="
                + roles + ", propertyClaim=" + propertyClaim + "]";
    }
}
