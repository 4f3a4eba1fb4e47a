package org.lsotexplorer.model;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.function.LongSupplier;

/**
 * Keeps the committed Java heap near what the process really holds, so that a long explorer session stays within
 * its memory budget (issue 12: at most 1.5 GB resident through an hour of training with a reset every minute).
 *
 * <p>Why: G1 grows the heap in large steps when collection time exceeds its target share (one step of about 700 MB
 * under {@code -Xmx4g}), and gives memory back only after a marking cycle or a full collection. A busy training
 * loop that allocates about 50 MB/s therefore keeps a grown heap for minutes. ND4J's off-heap buffers of dropped
 * arrays also wait for the collector.
 *
 * <p>Rule, checked once a second by {@link #tick}: when the committed heap exceeds the <em>ceiling</em> and at least
 * {@code minGap} has passed since the last governed collection, run a full collection ({@link System#gc()}; with
 * {@code MaxHeapFreeRatio=30} from {@code HeapTuning} G1 then shrinks the heap to about 1.4 times what is live, and
 * the cleaners release the off-heap buffers). The ceiling is {@code max(base, 1.5 x committed after the last
 * governed collection)}: a process that really holds more (an image run) raises it instead of collecting again and
 * again, and it falls back to the base once the process holds less. Each collection is reported in one line.
 *
 * <p>The clock, the heap figures and the collector are injected, so the rule is tested without a real heap.
 */
public final class HeapGovernor {
    /** The default ceiling on the committed heap. */
    public static final long DEFAULT_CEILING_BYTES = 768L << 20;
    /** The default shortest time between two governed collections. */
    public static final long DEFAULT_MIN_GAP_NANOS = 20_000_000_000L;
    private static final AtomicInteger COLLECTIONS = new AtomicInteger();
    private static ScheduledExecutorService daemon;

    private final long baseCeiling;
    private final long minGapNanos;
    private final LongSupplier committed;
    private final LongSupplier clock;
    private final Runnable collector;
    private final Consumer<String> report;
    private long ceiling;
    private long lastCollection = Long.MIN_VALUE;

    /** A governor over the given heap figure, clock (nanoseconds) and collector. */
    public HeapGovernor(long baseCeiling, long minGapNanos, LongSupplier committed, LongSupplier clock,
                        Runnable collector, Consumer<String> report) {
        if (baseCeiling <= 0 || minGapNanos < 0) {
            throw new IllegalArgumentException("ceiling must be positive and gap non-negative");
        }
        this.baseCeiling = baseCeiling;
        this.minGapNanos = minGapNanos;
        this.committed = committed;
        this.clock = clock;
        this.collector = collector;
        this.report = report;
        this.ceiling = baseCeiling;
    }

    /**
     * Starts the governor of this JVM's heap on a daemon thread ("heap-governor"), checking once a second with the
     * default ceiling and gap, unless it runs already; {@code report} receives one line per collection. The window
     * and {@code bench soak} start it.
     */
    public static synchronized void ensureStarted(Consumer<String> report) {
        if (daemon == null) {
            daemon = startDaemon(report);
        }
    }

    private static ScheduledExecutorService startDaemon(Consumer<String> report) {
        MemoryMXBean bean = ManagementFactory.getMemoryMXBean();
        HeapGovernor g = new HeapGovernor(DEFAULT_CEILING_BYTES, DEFAULT_MIN_GAP_NANOS,
                () -> bean.getHeapMemoryUsage().getCommitted(), System::nanoTime, System::gc, report);
        ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "heap-governor");
            t.setDaemon(true);
            t.setPriority(Thread.MIN_PRIORITY);
            return t;
        });
        timer.scheduleWithFixedDelay(() -> {
            try {
                g.tick();
            } catch (RuntimeException e) {   // a failing report must not end the schedule
                System.err.println("heap governor: " + e);
            }
        }, 1, 1, TimeUnit.SECONDS);
        return timer;
    }

    /** Full collections that governors of this JVM have run so far ({@code bench soak} reports it). */
    public static int collectionsSoFar() {
        return COLLECTIONS.get();
    }

    /** One check; returns whether it collected. */
    public boolean tick() {
        long before = committed.getAsLong();
        long now = clock.getAsLong();
        if (before <= ceiling || lastCollection != Long.MIN_VALUE && now - lastCollection < minGapNanos) {
            return false;
        }
        collector.run();
        long after = committed.getAsLong();
        long end = clock.getAsLong();
        lastCollection = end;
        COLLECTIONS.incrementAndGet();
        long old = ceiling;
        ceiling = Math.max(baseCeiling, after + after / 2);
        report.accept(String.format("heap governor: %d MB committed, above the %d MB ceiling; a full collection "
                        + "(%.2f s) left %d MB%s", before >> 20, old >> 20, (end - now) / 1e9, after >> 20,
                ceiling == old ? "" : "; ceiling now " + (ceiling >> 20) + " MB"));
        return true;
    }

    /** The ceiling now. */
    public long ceiling() {
        return ceiling;
    }
}
