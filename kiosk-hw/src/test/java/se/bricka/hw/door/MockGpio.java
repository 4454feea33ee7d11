package se.bricka.hw.door;

import com.pi4j.Pi4J;
import com.pi4j.context.Context;
import com.pi4j.io.gpio.digital.DigitalInput;
import com.pi4j.io.gpio.digital.DigitalOutput;
import com.pi4j.io.gpio.digital.DigitalState;
import com.pi4j.io.gpio.digital.PullResistance;
import com.pi4j.plugin.mock.platform.MockPlatform;
import com.pi4j.plugin.mock.provider.gpio.digital.MockDigitalInput;
import com.pi4j.plugin.mock.provider.gpio.digital.MockDigitalInputProvider;
import com.pi4j.plugin.mock.provider.gpio.digital.MockDigitalOutput;
import com.pi4j.plugin.mock.provider.gpio.digital.MockDigitalOutputProvider;

/** A Pi4J context on the mock plugin, for door I/O tests. */
final class MockGpio implements AutoCloseable {

    private final Context pi4j = Pi4J.newContextBuilder()
            .noAutoDetect()
            .add(new MockPlatform())
            .add(MockDigitalInputProvider.newInstance(), MockDigitalOutputProvider.newInstance())
            .build();

    MockDigitalOutput output(String id, int pin, DigitalState initial) {
        return (MockDigitalOutput) pi4j.create(DigitalOutput.newConfigBuilder(pi4j)
                .id(id)
                .address(pin)
                .initial(initial)
                .shutdown(initial));
    }

    MockDigitalInput input(String id, int pin, DigitalState idle) {
        MockDigitalInput input = (MockDigitalInput) pi4j.create(
                DigitalInput.newConfigBuilder(pi4j).id(id).address(pin).pull(PullResistance.PULL_UP));
        input.mockState(idle);
        return input;
    }

    @Override
    public void close() {
        pi4j.shutdown();
    }
}
