package se.bricka.bench.booking;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import se.bricka.core.demo.DemoEstate;
import se.bricka.core.wire.ApiPaths;

/** The two load scenarios, over real HTTP with a device token, on behalf of many tags. */
final class Scenarios {

    /** A burst of requests for one slot. */
    record Contention(int requests, int winners, int conflicts, int other, double p50, double p99) {
        @Override
        public String toString() {
            return "contention %d requests: %d x 201, %d x 409, %d other, p50=%.1f ms p99=%.1f ms"
                    .formatted(requests, winners, conflicts, other, p50, p99);
        }
    }

    /** Random bookings (each cancelled again) for a while. */
    record Sustained(double seconds, int booked, int refused, int errors, double p50, double p99) {
        double bookingsPerSecond() {
            return booked / seconds;
        }

        @Override
        public String toString() {
            return "sustained %.0f s: %d booked (%.0f/s), %d refused, %d errors, booking p50=%.1f ms p99=%.1f ms"
                    .formatted(seconds, booked, bookingsPerSecond(), refused, errors, p50, p99);
        }
    }

    /** One run's figures and the machine's load average when it began. */
    record Result(Contention contention, Sustained sustained, String loadAverage) {
        @Override
        public String toString() {
            return contention + " | " + sustained + " | loadavg " + loadAverage;
        }
    }

    private static final Pattern BOOKING_ID = Pattern.compile("\"bookingId\":(\\d+)");
    private static final String TOKEN =
            "Bearer " + DemoEstate.DEVICES.getFirst().token();
    private static final int HORIZON_DAYS = 27;

    private final HttpClient http;
    private final URI base;
    private final BenchEstate.Load estate;
    private final BookingLoadHarness.LoadSettings settings;

    Scenarios(HttpClient http, URI base, BenchEstate.Load estate, BookingLoadHarness.LoadSettings settings) {
        this.http = http;
        this.base = base;
        this.estate = estate;
        this.settings = settings;
    }

    /** {@code burstRequests} bookings of one slot by different tags, released together. */
    Contention contention(long room, LocalDate date, String start) throws Exception {
        Latencies latencies = new Latencies();
        AtomicInteger winners = new AtomicInteger();
        AtomicInteger conflicts = new AtomicInteger();
        AtomicInteger other = new AtomicInteger();
        CountDownLatch go = new CountDownLatch(1);
        try (ExecutorService pool = Executors.newFixedThreadPool(settings.threads())) {
            List<Future<?>> futures = new ArrayList<>();
            for (int i = 0; i < settings.burstRequests(); i++) {
                String tag = estate.tagHashes().get(i % estate.tagHashes().size());
                futures.add(pool.submit(() -> {
                    go.await();
                    long began = System.nanoTime();
                    HttpResponse<String> response = book(tag, room, date, start);
                    latencies.add(System.nanoTime() - began);
                    (switch (response.statusCode()) {
                                case 201 -> winners;
                                case 409 -> conflicts;
                                default -> other;
                            })
                            .incrementAndGet();
                    return null;
                }));
            }
            go.countDown();
            for (Future<?> future : futures) {
                future.get();
            }
        }
        return new Contention(
                settings.burstRequests(),
                winners.get(),
                conflicts.get(),
                other.get(),
                latencies.quantileMillis(0.5),
                latencies.quantileMillis(0.99));
    }

    /** Random tags book random slots for {@code duration}; each booking made is cancelled again. */
    Sustained sustained(Duration duration, LocalDate first) throws Exception {
        Latencies latencies = new Latencies();
        AtomicInteger booked = new AtomicInteger();
        AtomicInteger refused = new AtomicInteger();
        AtomicInteger errors = new AtomicInteger();
        long began = System.nanoTime();
        long deadline = began + duration.toNanos();
        String[] starts = {"07:00", "10:00", "13:00", "16:00", "19:00"};
        try (ExecutorService pool = Executors.newFixedThreadPool(settings.threads())) {
            List<Future<?>> futures = new ArrayList<>();
            for (int t = 0; t < settings.threads(); t++) {
                futures.add(pool.submit(() -> {
                    ThreadLocalRandom random = ThreadLocalRandom.current();
                    while (System.nanoTime() < deadline) {
                        String tag = estate.tagHashes()
                                .get(random.nextInt(estate.tagHashes().size()));
                        long room = estate.laundryRooms()
                                .get(random.nextInt(estate.laundryRooms().size()));
                        LocalDate date = first.plusDays(random.nextInt(HORIZON_DAYS));
                        long sent = System.nanoTime();
                        HttpResponse<String> response = book(tag, room, date, starts[random.nextInt(starts.length)]);
                        latencies.add(System.nanoTime() - sent);
                        if (response.statusCode() == 201) {
                            booked.incrementAndGet();
                            cancel(tag, response.body());
                        } else if (response.statusCode() < 500) {
                            refused.incrementAndGet();
                        } else {
                            errors.incrementAndGet();
                        }
                    }
                    return null;
                }));
            }
            for (Future<?> future : futures) {
                future.get();
            }
        }
        double seconds = (System.nanoTime() - began) / 1e9;
        return new Sustained(
                seconds,
                booked.get(),
                refused.get(),
                errors.get(),
                latencies.quantileMillis(0.5),
                latencies.quantileMillis(0.99));
    }

    private HttpResponse<String> book(String tag, long room, LocalDate date, String start)
            throws IOException, InterruptedException {
        String body = "{\"resourceId\":%d,\"date\":\"%s\",\"start\":\"%s\"}".formatted(room, date, start);
        HttpRequest request = HttpRequest.newBuilder(base.resolve(ApiPaths.BOOKINGS))
                .header(ApiPaths.AUTHORIZATION, TOKEN)
                .header(ApiPaths.TAG_HEADER, tag)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build();
        return http.send(request, HttpResponse.BodyHandlers.ofString());
    }

    private void cancel(String tag, String confirmation) throws IOException, InterruptedException {
        Matcher id = BOOKING_ID.matcher(confirmation);
        if (!id.find()) {
            throw new IllegalStateException("no booking id in " + confirmation);
        }
        HttpRequest request = HttpRequest.newBuilder(base.resolve(ApiPaths.booking(Long.parseLong(id.group(1)))))
                .header(ApiPaths.AUTHORIZATION, TOKEN)
                .header(ApiPaths.TAG_HEADER, tag)
                .DELETE()
                .build();
        http.send(request, HttpResponse.BodyHandlers.discarding());
    }
}
