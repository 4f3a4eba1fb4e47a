package org.lsotexplorer.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.lsotexplorer.data.TargetDistribution;

/**
 * In-memory checkpoints of one training run, for rewinding and branching: a {@link RunCheckpoint} every
 * {@code everySteps} steps (and at the step the run started from), kept within a memory budget (default 256 MB).
 * When a new checkpoint would pass the budget, older ones are thinned first: a sweep removes every second
 * checkpoint from the oldest onwards (the first one always stays), so the recent past stays dense and the distant
 * past sparse. The history rows are not copied per checkpoint: each remembers how many rows the run had logged.
 * Checkpoints are kept as {@link PackedCheckpoint}s (arrays in 128 KB blocks), so the budget is the heap they hold.
 * Only every {@value #FULL_EVERY}th one copies the solver's arrays; the ones between, while the settings stay the
 * same, share that copy and replay the few steps from it when restored (bit for bit the same state), which cuts the
 * copying of a default lsot run from about 6 MB every 10 steps to 6 MB every 40.
 * <p>The owning thread records ({@link #record}); any thread may read {@link #steps()}, {@link #checkpointAt},
 * {@link #historyUpTo} (all synchronized, returning plain copies). {@link #branch} restores on the calling thread,
 * which then owns the new run (the training loop does it on its worker).
 */
public final class Timeline {
    /** Default memory budget of the kept checkpoints, in bytes. */
    public static final long DEFAULT_BUDGET_BYTES = 256L << 20;
    /** Default spacing of the checkpoints, in steps. */
    public static final int DEFAULT_EVERY_STEPS = 10;
    /**
     * One checkpoint in this many is a capture with its own arrays; the ones between share the previous capture's
     * arrays and are reached by replaying at most {@code (FULL_EVERY - 1) * everySteps} steps from it.
     */
    static final int FULL_EVERY = 4;

    private record Entry(PackedCheckpoint checkpoint, int historyRows, long sizeBytes) {
    }

    private final TargetDistribution target;
    private final RunHistory history;
    private final int everySteps;
    private final long budgetBytes;
    private final List<Entry> entries = new ArrayList<>();
    private long bytes;
    private int sweep = 1;
    private PackedCheckpoint lastFull;   // the newest capture with its own arrays (owner thread only)
    private int sinceFull;               // replayed checkpoints taken since it

    /**
     * A timeline of {@code run} that records its current step at once.
     *
     * @param everySteps spacing in steps (&gt;= 1)
     * @param budgetBytes memory budget (&gt;= 1 MB); a single checkpoint above it is still kept (the newest)
     */
    public Timeline(TransportRun run, int everySteps, long budgetBytes) {
        Checks.range("timeline spacing", everySteps, 1, 1_000_000);
        if (budgetBytes < (1L << 20)) {
            throw new IllegalArgumentException("timeline budget must be at least 1 MB, got " + budgetBytes + " bytes");
        }
        this.target = run.problem().target();
        this.history = run.history();
        this.everySteps = everySteps;
        this.budgetBytes = budgetBytes;
        add(run);
    }

    /** With the default spacing and budget. */
    public Timeline(TransportRun run) {
        this(run, DEFAULT_EVERY_STEPS, DEFAULT_BUDGET_BYTES);
    }

    /**
     * Called by the owning thread after each step: captures the run when its step is a multiple of the spacing.
     *
     * @return true when a checkpoint was taken
     */
    public boolean record(TransportRun run) {
        int step = run.solver().completedSteps();
        if (step % everySteps != 0) {
            return false;
        }
        synchronized (this) {
            if (!entries.isEmpty() && entries.get(entries.size() - 1).checkpoint().step() >= step) {
                return false;
            }
        }
        add(run);
        return true;
    }

    private void add(TransportRun run) {
        int step = run.solver().completedSteps();
        Entry e;
        if (lastFull != null && sinceFull < FULL_EVERY - 1 && step > lastFull.step()
                && run.currentSettings().equals(lastFull.settings()) && Objects.equals(run.parent(),
                lastFull.parent())) {
            e = new Entry(lastFull.replayedTo(step, List.of()), run.history().size(), 0);
            sinceFull++;
        } else {
            RunCheckpoint c = RunCheckpoint.captureWithoutHistory(run);
            e = new Entry(PackedCheckpoint.pack(c), run.history().size(), c.sizeBytes());
            lastFull = e.checkpoint();
            sinceFull = 0;
        }
        synchronized (this) {
            entries.add(e);
            bytes += e.sizeBytes();
            thin();
        }
    }

    /**
     * Removes every second checkpoint from the oldest onwards until the budget holds. A removed capture whose blocks
     * a later replayed checkpoint shares hands its bytes on to it (they stay in memory until that one goes too).
     */
    private void thin() {
        while (bytes > budgetBytes && entries.size() > 2) {
            if (sweep >= entries.size() - 1) {
                sweep = 1;
            }
            Entry gone = entries.remove(sweep);
            Entry next = entries.get(sweep);   // exists: the newest entry is never removed
            boolean handOn = gone.sizeBytes() > 0 && next.sizeBytes() == 0
                    && next.checkpoint().sharesBlocksWith(gone.checkpoint());
            if (handOn) {
                entries.set(sweep, new Entry(next.checkpoint(), next.historyRows(), gone.sizeBytes()));
            } else {
                bytes -= gone.sizeBytes();
            }
            sweep++;
        }
    }

    /**
     * Whether the byte count is honest: of each group of checkpoints sharing one copy of the arrays (always
     * neighbours), exactly the first holds its bytes, and {@link #bytes()} is their sum (for tests).
     */
    synchronized boolean accountingHolds() {
        long sum = 0;
        for (int i = 0; i < entries.size(); i++) {
            Entry e = entries.get(i);
            boolean first = i == 0 || !e.checkpoint().sharesBlocksWith(entries.get(i - 1).checkpoint());
            if (first != e.sizeBytes() > 0) {
                return false;
            }
            sum += e.sizeBytes();
        }
        return sum == bytes;
    }

    /** The steps that have a checkpoint, oldest first (for a slider's ticks). */
    public synchronized int[] steps() {
        return entries.stream().mapToInt(e -> e.checkpoint().step()).toArray();
    }

    /** Memory held by the checkpoints, in bytes. */
    public synchronized long bytes() {
        return bytes;
    }

    public long budgetBytes() {
        return budgetBytes;
    }

    public int everySteps() {
        return everySteps;
    }

    /**
     * The checkpoint at the latest kept step at or before {@code step} (the first one when {@code step} is before
     * it), with the history logged up to it.
     */
    public synchronized RunCheckpoint checkpointAt(int step) {
        Entry best = entries.get(0);
        for (Entry e : entries) {
            if (e.checkpoint().step() <= step) {
                best = e;
            }
        }
        return best.checkpoint().unpack().withHistory(history.rows(best.historyRows()));
    }

    /** The history rows logged up to and including {@code step} (for the charts while scrubbing). */
    public List<RunHistory.Row> historyUpTo(int step) {
        return history.rows().stream().filter(r -> r.step() <= step).toList();
    }

    /**
     * A new run continuing from the checkpoint at or before {@code step} with {@code changed} settings (the same
     * target, solver, seed, code count and source; another learning rate, say), whose parent is this run at that
     * step. Restores on the calling thread, which then owns the run.
     *
     * @param parentFolder the parent's run folder if it was saved, else null
     * @throws IllegalArgumentException when the settings change the problem
     */
    public TransportRun branch(int step, RunSettings changed, String parentFolder) {
        RunCheckpoint c = checkpointAt(step);
        if (c.solver().replaySteps() > 0 && !changed.equals(c.settings())) {
            // replay with the settings the run had, then continue from that exact state with the new ones
            TransportRun was = c.restore(c.settings(), target);
            c = RunCheckpoint.capture(was);
            was.release();
        }
        TransportRun run = c.restore(changed, target);
        run.setParent(new RunParent(parentFolder, c.step()));
        return run;
    }
}
