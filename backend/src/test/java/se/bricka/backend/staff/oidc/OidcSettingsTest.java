package se.bricka.backend.staff.oidc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import se.bricka.backend.ConfigException;
import se.bricka.core.privacy.StaffRole;

/** Reading the BRICKA_OIDC_* settings: off without an issuer, and every bad value named. */
class OidcSettingsTest {

    private static Map<String, String> complete() {
        Map<String, String> values = new HashMap<>();
        values.put(OidcSettings.ISSUER, "https://login.example.se/tenant/v2.0");
        values.put(OidcSettings.CLIENT_ID, "bricka");
        values.put(OidcSettings.CLIENT_SECRET, "s3cret");
        values.put(OidcSettings.ROLE_MAP, "Bricka.CustomerService=CUSTOMER_SERVICE, Bricka.IT=it_administration");
        return values;
    }

    @Test
    void without_an_issuer_there_is_no_provider() {
        assertThat(OidcSettings.from(Map.of(OidcSettings.CLIENT_ID, "bricka"))).isEmpty();
    }

    @Test
    void a_complete_setting_maps_claim_values_to_roles_with_defaults_for_the_rest() {
        // when
        OidcSettings settings = OidcSettings.from(complete()).orElseThrow();

        // then
        assertThat(settings.roles())
                .containsEntry("Bricka.CustomerService", StaffRole.CUSTOMER_SERVICE)
                .containsEntry("Bricka.IT", StaffRole.IT_ADMINISTRATION);
        assertThat(settings.roleClaim()).isEqualTo("roles");
        assertThat(settings.providerName()).isEqualTo("OpenID Connect");
        assertThat(settings.propertyClaim()).isNull();
        assertThat(settings.toString()).doesNotContain("s3cret");
    }

    @Test
    void an_unknown_role_is_refused_by_name() {
        // given
        Map<String, String> values = complete();
        values.put(OidcSettings.ROLE_MAP, "Bricka.Boss=SUPERUSER");

        // then
        assertThatThrownBy(() -> OidcSettings.from(values))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("BRICKA_OIDC_ROLE_MAP: 'SUPERUSER' is not a staff role");
    }

    @Test
    void an_entry_without_a_role_is_refused_by_name() {
        // given
        Map<String, String> values = complete();
        values.put(OidcSettings.ROLE_MAP, "Bricka.IT");

        // then
        assertThatThrownBy(() -> OidcSettings.from(values))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("each entry is claim-value=ROLE, was 'Bricka.IT'");
    }

    @Test
    void a_missing_client_secret_is_named() {
        // given
        Map<String, String> values = complete();
        values.remove(OidcSettings.CLIENT_SECRET);

        // then
        assertThatThrownBy(() -> OidcSettings.from(values))
                .isInstanceOf(ConfigException.class)
                .hasMessage("BRICKA_OIDC_CLIENT_SECRET must be set when BRICKA_OIDC_ISSUER is");
    }

    @Test
    void an_issuer_that_is_not_an_absolute_url_is_refused_with_its_value() {
        // given
        Map<String, String> values = complete();
        values.put(OidcSettings.ISSUER, "login.example.se");

        // then
        assertThatThrownBy(() -> OidcSettings.from(values))
                .isInstanceOf(ConfigException.class)
                .hasMessage("BRICKA_OIDC_ISSUER must be an absolute http(s) URL, was 'login.example.se'");
    }
}
