package se.bricka.core.privacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class PrivacyRulesTest {

    private static final Instant NOW = Instant.parse("2026-11-25T12:00:00Z");

    @Test
    void an_event_is_kept_until_exactly_fourteen_days_and_gone_after() {
        Instant fourteenDaysAgo = NOW.minus(Duration.ofDays(14));

        assertThat(AccessEventRetention.expired(fourteenDaysAgo.plusSeconds(1), NOW))
                .isFalse();
        assertThat(AccessEventRetention.expired(fourteenDaysAgo, NOW)).isFalse();
        assertThat(AccessEventRetention.expired(fourteenDaysAgo.minusSeconds(1), NOW))
                .isTrue();
        assertThat(AccessEventRetention.oldestKept(NOW)).isEqualTo(fourteenDaysAgo);
    }

    @Test
    void by_default_the_social_housing_unit_reads_for_disturbance_and_police_only() {
        LogReadPolicy policy = LogReadPolicy.defaults();

        assertThat(policy.purposesFor(StaffRole.SOCIAL_HOUSING_UNIT))
                .containsExactlyInAnyOrder(LogPurpose.DISTURBANCE_CASE, LogPurpose.POLICE_INVESTIGATION);
        assertThat(policy.mayRead(StaffRole.SOCIAL_HOUSING_UNIT, LogPurpose.TECHNICAL_FAULT, "Ä-2026-14"))
                .isFalse();
    }

    @Test
    void by_default_it_administration_reads_for_technical_faults_only() {
        LogReadPolicy policy = LogReadPolicy.defaults();

        assertThat(policy.mayRead(StaffRole.IT_ADMINISTRATION, LogPurpose.TECHNICAL_FAULT, "INC-311"))
                .isTrue();
        assertThat(policy.mayRead(StaffRole.IT_ADMINISTRATION, LogPurpose.POLICE_INVESTIGATION, "K-1"))
                .isFalse();
    }

    @ParameterizedTest
    @EnumSource(
            value = StaffRole.class,
            names = {"CUSTOMER_SERVICE", "CARETAKER"})
    void customer_service_and_caretakers_read_no_logs_for_any_purpose(StaffRole role) {
        for (LogPurpose purpose : LogPurpose.values()) {
            assertThat(LogReadPolicy.defaults().mayRead(role, purpose, "any")).isFalse();
        }
    }

    @Test
    void a_read_without_a_case_reference_is_never_allowed() {
        LogReadPolicy policy = LogReadPolicy.defaults();

        assertThat(policy.mayRead(StaffRole.SOCIAL_HOUSING_UNIT, LogPurpose.DISTURBANCE_CASE, "  "))
                .isFalse();
        assertThat(policy.mayRead(StaffRole.SOCIAL_HOUSING_UNIT, LogPurpose.DISTURBANCE_CASE, null))
                .isFalse();
    }

    @Test
    void a_company_can_configure_its_own_mapping() {
        LogReadPolicy policy = new LogReadPolicy(Map.of(
                StaffRole.IT_ADMINISTRATION, EnumSet.of(LogPurpose.TECHNICAL_FAULT, LogPurpose.POLICE_INVESTIGATION)));

        assertThat(policy.mayRead(StaffRole.IT_ADMINISTRATION, LogPurpose.POLICE_INVESTIGATION, "K-9"))
                .isTrue();
        assertThat(policy.purposesFor(StaffRole.SOCIAL_HOUSING_UNIT)).isEmpty();
    }

    @Test
    void purposes_round_trip_through_their_codes_and_unknown_codes_are_refused() {
        for (LogPurpose purpose : LogPurpose.values()) {
            assertThat(LogPurpose.fromCode(purpose.code())).isEqualTo(purpose);
        }
        assertThatThrownBy(() -> LogPurpose.fromCode("curiosity")).hasMessage("unknown purpose, was 'curiosity'");
    }
}
