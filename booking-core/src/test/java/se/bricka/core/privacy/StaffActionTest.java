package se.bricka.core.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import org.junit.jupiter.api.Test;

class StaffActionTest {

    @Test
    void only_the_social_housing_unit_and_it_administration_may_read_access_logs() {
        // when
        var readers = StaffAction.READ_ACCESS_LOG.roles();

        // then
        assertThat(readers).containsExactlyInAnyOrder(StaffRole.SOCIAL_HOUSING_UNIT, StaffRole.IT_ADMINISTRATION);
    }

    @Test
    void every_role_that_may_read_logs_has_a_purpose_and_no_other_role_has_one() {
        // given
        LogReadPolicy policy = LogReadPolicy.defaults();

        // then
        for (StaffRole role : StaffRole.values()) {
            assertThat(policy.purposesFor(role).isEmpty())
                    .as(role.name())
                    .isEqualTo(!StaffAction.READ_ACCESS_LOG.allows(role));
        }
    }

    @Test
    void customer_service_does_tags_extracts_name_boards_and_booking_rules_but_no_logs() {
        // when
        EnumSet<StaffAction> allowed = allowedFor(StaffRole.CUSTOMER_SERVICE);

        // then
        assertThat(allowed)
                .containsExactlyInAnyOrder(
                        StaffAction.VIEW_APARTMENT,
                        StaffAction.MANAGE_TAGS,
                        StaffAction.REGISTER_EXTRACT,
                        StaffAction.EDIT_NAME_BOARD,
                        StaffAction.CONFIGURE_BOOKING_RULES,
                        StaffAction.VIEW_STATISTICS);
    }

    @Test
    void only_the_roles_that_read_access_logs_read_the_audit_trail() {
        // then
        assertThat(StaffAction.READ_AUDIT_TRAIL.roles())
                .containsExactlyInAnyOrder(StaffRole.SOCIAL_HOUSING_UNIT, StaffRole.IT_ADMINISTRATION);
    }

    @Test
    void only_it_administration_may_change_staff_grants_and_door_bindings() {
        // then
        assertThat(StaffAction.MANAGE_DOOR_ACCESS.roles()).containsExactly(StaffRole.IT_ADMINISTRATION);
    }

    @Test
    void the_caretaker_manages_closures_and_sets_booking_rules_only() {
        // then
        assertThat(allowedFor(StaffRole.CARETAKER))
                .containsExactlyInAnyOrder(StaffAction.MANAGE_CLOSURES, StaffAction.CONFIGURE_BOOKING_RULES);
    }

    @Test
    void booking_rules_are_set_by_customer_service_and_the_caretaker_only() {
        // then
        assertThat(StaffAction.CONFIGURE_BOOKING_RULES.roles())
                .containsExactlyInAnyOrder(StaffRole.CUSTOMER_SERVICE, StaffRole.CARETAKER);
    }

    @Test
    void only_it_administration_may_enroll_devices() {
        // when
        var enrollers = StaffAction.ENROLL_DEVICE.roles();

        // then
        assertThat(enrollers).containsExactly(StaffRole.IT_ADMINISTRATION);
    }

    @Test
    void log_readers_read_logs_and_audit_and_it_also_administers_staff_devices_and_doors() {
        // then
        assertThat(allowedFor(StaffRole.SOCIAL_HOUSING_UNIT))
                .containsExactlyInAnyOrder(StaffAction.READ_ACCESS_LOG, StaffAction.READ_AUDIT_TRAIL);
        assertThat(allowedFor(StaffRole.IT_ADMINISTRATION))
                .containsExactlyInAnyOrder(
                        StaffAction.READ_ACCESS_LOG,
                        StaffAction.READ_AUDIT_TRAIL,
                        StaffAction.ENROLL_DEVICE,
                        StaffAction.MANAGE_DOOR_ACCESS,
                        StaffAction.MONITOR_DEVICES,
                        StaffAction.MANAGE_STAFF,
                        StaffAction.VIEW_STATISTICS);
    }

    @Test
    void statistics_are_for_customer_service_and_it_administration_only() {
        // then
        assertThat(StaffAction.VIEW_STATISTICS.roles())
                .containsExactlyInAnyOrder(StaffRole.CUSTOMER_SERVICE, StaffRole.IT_ADMINISTRATION);
    }

    private static EnumSet<StaffAction> allowedFor(StaffRole role) {
        EnumSet<StaffAction> allowed = EnumSet.noneOf(StaffAction.class);
        for (StaffAction action : StaffAction.values()) {
            if (action.allows(role)) {
                allowed.add(action);
            }
        }
        return allowed;
    }
}
