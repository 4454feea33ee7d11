package se.bricka.hw.linux.gpio;

/**
 * The numbers of the Linux GPIO character device, version 2 ({@code include/uapi/linux/gpio.h},
 * kernel 5.10 and later): ioctl requests, flags and the byte offsets of the structures the kernel
 * reads and writes. The kernel keeps this interface stable; {@code GpioUapiLayoutTest} compiles the
 * header and compares every number here with what the C compiler makes of it.
 */
public final class GpioUapi {

    /** {@code GPIO_GET_CHIPINFO_IOCTL}: {@code _IOR(0xB4, 0x01, struct gpiochip_info)}. */
    public static final long GET_CHIPINFO = 0x8044B401L;
    /** {@code GPIO_V2_GET_LINEINFO_IOCTL}: {@code _IOWR(0xB4, 0x05, struct gpio_v2_line_info)}. */
    public static final long GET_LINEINFO = 0xC100B405L;
    /** {@code GPIO_V2_GET_LINE_IOCTL}: {@code _IOWR(0xB4, 0x07, struct gpio_v2_line_request)}. */
    public static final long GET_LINE = 0xC250B407L;
    /** {@code GPIO_V2_LINE_GET_VALUES_IOCTL}: {@code _IOWR(0xB4, 0x0E, struct gpio_v2_line_values)}. */
    public static final long GET_VALUES = 0xC010B40EL;

    public static final long FLAG_USED = 1L;
    public static final long FLAG_INPUT = 1L << 2;
    public static final long FLAG_EDGE_RISING = 1L << 4;
    public static final long FLAG_EDGE_FALLING = 1L << 5;
    public static final long FLAG_BIAS_PULL_UP = 1L << 8;

    public static final int EVENT_RISING_EDGE = 1;
    public static final int EVENT_FALLING_EDGE = 2;

    /** Lines one request may hold, and the most events the kernel buffers for one request. */
    public static final int LINES_MAX = 64;

    public static final int MAX_EVENT_BUFFER = LINES_MAX * 16;

    /** {@code struct gpiochip_info}: name[32], label[32], u32 lines. */
    public static final int CHIPINFO_SIZE = 68;

    public static final int CHIPINFO_LABEL = 32;
    public static final int CHIPINFO_LINES = 64;

    /** {@code struct gpio_v2_line_info}: name[32], consumer[32], u32 offset, …, 256 bytes in all. */
    public static final int LINEINFO_SIZE = 256;

    public static final int LINEINFO_CONSUMER = 32;
    public static final int LINEINFO_OFFSET = 64;
    public static final int LINEINFO_FLAGS = 72;

    /** {@code struct gpio_v2_line_request}, 592 bytes. */
    public static final int REQUEST_SIZE = 592;

    public static final int REQUEST_OFFSETS = 0;
    public static final int REQUEST_CONSUMER = 256;
    /** {@code config.flags}: the config structure starts at 288 and its flags come first. */
    public static final int REQUEST_CONFIG_FLAGS = 288;

    public static final int REQUEST_NUM_LINES = 560;
    public static final int REQUEST_EVENT_BUFFER_SIZE = 564;
    public static final int REQUEST_FD = 588;

    /** Room for the consumer's name, its closing zero included. */
    public static final int NAME_SIZE = 32;

    /** {@code struct gpio_v2_line_values}: u64 bits, u64 mask. */
    public static final int VALUES_SIZE = 16;

    /** {@code struct gpio_v2_line_event}: u64 timestamp_ns, u32 id, offset, seqno, line_seqno, pad. */
    public static final int EVENT_SIZE = 48;

    public static final int EVENT_TIMESTAMP = 0;
    public static final int EVENT_ID = 8;
    public static final int EVENT_OFFSET = 12;
    public static final int EVENT_SEQNO = 16;
    public static final int EVENT_LINE_SEQNO = 20;

    private GpioUapi() {}
}
