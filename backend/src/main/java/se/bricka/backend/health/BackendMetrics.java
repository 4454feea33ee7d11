package se.bricka.backend.health;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.Metrics;
import io.micrometer.core.instrument.binder.jvm.ClassLoaderMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmGcMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmMemoryMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmThreadMetrics;
import io.micrometer.core.instrument.binder.system.ProcessorMetrics;
import io.micrometer.core.instrument.binder.system.UptimeMetrics;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.util.function.IntSupplier;

/**
 * One backend's Prometheus registry. JVM meters and this node's gauges are bound to it directly; the
 * counters that services and the HTTP layer record through Micrometer's global registry
 * ({@link DomainMetrics}, {@link HttpMetrics}, the connection pool) reach it because it is added to
 * the global registry while the backend runs. One backend runs per process in production; several
 * in one test JVM would each see the others' counters.
 */
public final class BackendMetrics implements AutoCloseable {

    /** The content type of {@link #scrape()}: Prometheus' text format 0.0.4. */
    public static final String CONTENT_TYPE = "text/plain; version=0.0.4; charset=utf-8";

    private final PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
    private final JvmGcMetrics gc = new JvmGcMetrics();

    private BackendMetrics(IntSupplier connectedDevices) {
        new JvmMemoryMetrics().bindTo(registry);
        gc.bindTo(registry);
        new JvmThreadMetrics().bindTo(registry);
        new ClassLoaderMetrics().bindTo(registry);
        new ProcessorMetrics().bindTo(registry);
        new UptimeMetrics().bindTo(registry);
        Gauge.builder("bricka.devices.connected", connectedDevices, supplier -> supplier.getAsInt())
                .description("Devices holding an event stream open to this node")
                .strongReference(true)
                .register(registry);
        Metrics.addRegistry(registry);
    }

    /** Starts collecting; {@code connectedDevices} is read at each scrape. */
    public static BackendMetrics start(IntSupplier connectedDevices) {
        return new BackendMetrics(connectedDevices);
    }

    /** Everything collected, in Prometheus' text format. */
    public String scrape() {
        return registry.scrape();
    }

    @Override
    public void close() {
        Metrics.removeRegistry(registry);
        gc.close();
        registry.close();
    }
}
