package se.bricka.hw.linux.gpio;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.bricka.hw.testing.CProgram;

/**
 * Every number {@link GpioUapi} hands the kernel, checked against the kernel's own header: a small C
 * program includes {@code <linux/gpio.h>} and prints the sizes, offsets, flags and ioctl requests as
 * the C compiler lays them out on this machine. Needs {@code gcc} and the Linux headers ({@code
 * linux-libc-dev}), which the build machines have.
 */
class GpioUapiLayoutTest {

    private static final String PROGRAM = """
            #include <stdio.h>
            #include <stddef.h>
            #include <string.h>
            #include <linux/gpio.h>
            #define SHOW(name, value) printf("%s %llu\\n", name, (unsigned long long) (value))
            int main(void) {
                SHOW("GET_CHIPINFO", GPIO_GET_CHIPINFO_IOCTL);
                SHOW("GET_LINEINFO", GPIO_V2_GET_LINEINFO_IOCTL);
                SHOW("GET_LINE", GPIO_V2_GET_LINE_IOCTL);
                SHOW("GET_VALUES", GPIO_V2_LINE_GET_VALUES_IOCTL);
                SHOW("FLAG_USED", GPIO_V2_LINE_FLAG_USED);
                SHOW("FLAG_INPUT", GPIO_V2_LINE_FLAG_INPUT);
                SHOW("FLAG_EDGE_RISING", GPIO_V2_LINE_FLAG_EDGE_RISING);
                SHOW("FLAG_EDGE_FALLING", GPIO_V2_LINE_FLAG_EDGE_FALLING);
                SHOW("FLAG_BIAS_PULL_UP", GPIO_V2_LINE_FLAG_BIAS_PULL_UP);
                SHOW("EVENT_RISING_EDGE", GPIO_V2_LINE_EVENT_RISING_EDGE);
                SHOW("EVENT_FALLING_EDGE", GPIO_V2_LINE_EVENT_FALLING_EDGE);
                SHOW("LINES_MAX", GPIO_V2_LINES_MAX);
                SHOW("NAME_SIZE", GPIO_MAX_NAME_SIZE);
                SHOW("CHIPINFO_SIZE", sizeof(struct gpiochip_info));
                SHOW("CHIPINFO_LABEL", offsetof(struct gpiochip_info, label));
                SHOW("CHIPINFO_LINES", offsetof(struct gpiochip_info, lines));
                SHOW("LINEINFO_SIZE", sizeof(struct gpio_v2_line_info));
                SHOW("LINEINFO_CONSUMER", offsetof(struct gpio_v2_line_info, consumer));
                SHOW("LINEINFO_OFFSET", offsetof(struct gpio_v2_line_info, offset));
                SHOW("LINEINFO_FLAGS", offsetof(struct gpio_v2_line_info, flags));
                SHOW("REQUEST_SIZE", sizeof(struct gpio_v2_line_request));
                SHOW("REQUEST_OFFSETS", offsetof(struct gpio_v2_line_request, offsets));
                SHOW("REQUEST_CONSUMER", offsetof(struct gpio_v2_line_request, consumer));
                SHOW("REQUEST_CONFIG_FLAGS", offsetof(struct gpio_v2_line_request, config)
                        + offsetof(struct gpio_v2_line_config, flags));
                SHOW("REQUEST_NUM_LINES", offsetof(struct gpio_v2_line_request, num_lines));
                SHOW("REQUEST_EVENT_BUFFER_SIZE", offsetof(struct gpio_v2_line_request, event_buffer_size));
                SHOW("REQUEST_FD", offsetof(struct gpio_v2_line_request, fd));
                SHOW("VALUES_SIZE", sizeof(struct gpio_v2_line_values));
                SHOW("EVENT_SIZE", sizeof(struct gpio_v2_line_event));
                SHOW("EVENT_TIMESTAMP", offsetof(struct gpio_v2_line_event, timestamp_ns));
                SHOW("EVENT_ID", offsetof(struct gpio_v2_line_event, id));
                SHOW("EVENT_OFFSET", offsetof(struct gpio_v2_line_event, offset));
                SHOW("EVENT_SEQNO", offsetof(struct gpio_v2_line_event, seqno));
                SHOW("EVENT_LINE_SEQNO", offsetof(struct gpio_v2_line_event, line_seqno));
                struct gpio_v2_line_request request;
                memset(&request, 0, sizeof request);
                request.offsets[0] = 5;
                request.offsets[1] = 6;
                strncpy(request.consumer, "bricka-a-name-longer-than-the-kernel-keeps", GPIO_MAX_NAME_SIZE - 1);
                request.config.flags = GPIO_V2_LINE_FLAG_INPUT | GPIO_V2_LINE_FLAG_EDGE_FALLING
                        | GPIO_V2_LINE_FLAG_BIAS_PULL_UP;
                request.num_lines = 2;
                request.event_buffer_size = 1024;
                printf("REQUEST ");
                for (size_t i = 0; i < sizeof request; i++) {
                    printf("%02x", ((unsigned char *) &request)[i]);
                }
                printf("\\n");
                return 0;
            }
            """;

    private static final Map<String, Long> FROM_THE_HEADER = new HashMap<>();
    private static byte[] requestFromC;

    @BeforeAll
    static void compileTheHeader(@TempDir Path dir) throws IOException, InterruptedException {
        for (String[] parts : CProgram.outputOf(dir, "layout", PROGRAM)) {
            if (parts[0].equals("REQUEST")) {
                requestFromC = HexFormat.of().parseHex(parts[1]);
            } else {
                FROM_THE_HEADER.put(parts[0], Long.parseUnsignedLong(parts[1]));
            }
        }
    }

    @Test
    void the_ioctl_requests_are_the_headers() {
        assertThat(FROM_THE_HEADER)
                .containsEntry("GET_CHIPINFO", GpioUapi.GET_CHIPINFO)
                .containsEntry("GET_LINEINFO", GpioUapi.GET_LINEINFO)
                .containsEntry("GET_LINE", GpioUapi.GET_LINE)
                .containsEntry("GET_VALUES", GpioUapi.GET_VALUES);
    }

    @Test
    void the_flags_and_event_kinds_are_the_headers() {
        assertThat(FROM_THE_HEADER)
                .containsEntry("FLAG_USED", GpioUapi.FLAG_USED)
                .containsEntry("FLAG_INPUT", GpioUapi.FLAG_INPUT)
                .containsEntry("FLAG_EDGE_RISING", GpioUapi.FLAG_EDGE_RISING)
                .containsEntry("FLAG_EDGE_FALLING", GpioUapi.FLAG_EDGE_FALLING)
                .containsEntry("FLAG_BIAS_PULL_UP", GpioUapi.FLAG_BIAS_PULL_UP)
                .containsEntry("EVENT_RISING_EDGE", (long) GpioUapi.EVENT_RISING_EDGE)
                .containsEntry("EVENT_FALLING_EDGE", (long) GpioUapi.EVENT_FALLING_EDGE)
                .containsEntry("LINES_MAX", (long) GpioUapi.LINES_MAX)
                .containsEntry("NAME_SIZE", (long) GpioUapi.NAME_SIZE);
    }

    @Test
    void the_structures_sizes_and_offsets_are_the_headers() {
        assertThat(FROM_THE_HEADER)
                .containsEntry("CHIPINFO_SIZE", (long) GpioUapi.CHIPINFO_SIZE)
                .containsEntry("CHIPINFO_LABEL", (long) GpioUapi.CHIPINFO_LABEL)
                .containsEntry("CHIPINFO_LINES", (long) GpioUapi.CHIPINFO_LINES)
                .containsEntry("LINEINFO_SIZE", (long) GpioUapi.LINEINFO_SIZE)
                .containsEntry("LINEINFO_CONSUMER", (long) GpioUapi.LINEINFO_CONSUMER)
                .containsEntry("LINEINFO_OFFSET", (long) GpioUapi.LINEINFO_OFFSET)
                .containsEntry("LINEINFO_FLAGS", (long) GpioUapi.LINEINFO_FLAGS)
                .containsEntry("REQUEST_SIZE", (long) GpioUapi.REQUEST_SIZE)
                .containsEntry("REQUEST_OFFSETS", (long) GpioUapi.REQUEST_OFFSETS)
                .containsEntry("REQUEST_CONSUMER", (long) GpioUapi.REQUEST_CONSUMER)
                .containsEntry("REQUEST_CONFIG_FLAGS", (long) GpioUapi.REQUEST_CONFIG_FLAGS)
                .containsEntry("REQUEST_NUM_LINES", (long) GpioUapi.REQUEST_NUM_LINES)
                .containsEntry("REQUEST_EVENT_BUFFER_SIZE", (long) GpioUapi.REQUEST_EVENT_BUFFER_SIZE)
                .containsEntry("REQUEST_FD", (long) GpioUapi.REQUEST_FD)
                .containsEntry("VALUES_SIZE", (long) GpioUapi.VALUES_SIZE)
                .containsEntry("EVENT_SIZE", (long) GpioUapi.EVENT_SIZE)
                .containsEntry("EVENT_TIMESTAMP", (long) GpioUapi.EVENT_TIMESTAMP)
                .containsEntry("EVENT_ID", (long) GpioUapi.EVENT_ID)
                .containsEntry("EVENT_OFFSET", (long) GpioUapi.EVENT_OFFSET)
                .containsEntry("EVENT_SEQNO", (long) GpioUapi.EVENT_SEQNO)
                .containsEntry("EVENT_LINE_SEQNO", (long) GpioUapi.EVENT_LINE_SEQNO);
    }

    @Test
    void a_request_for_two_lines_is_byte_for_byte_the_one_c_builds() {
        // when
        byte[] request =
                GpioChip.fallingEdgesRequest(new int[] {5, 6}, "bricka-a-name-longer-than-the-kernel-keeps", 1024);

        // then
        assertThat(request).isEqualTo(requestFromC);
    }
}
