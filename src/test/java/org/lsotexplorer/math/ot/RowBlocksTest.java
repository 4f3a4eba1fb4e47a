package org.lsotexplorer.math.ot;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.lsotexplorer.math.Cost;

/** The exact solver's parallel dense passes: the same plan on any number of threads; pause and cancel still hold. */
class RowBlocksTest {
    private static double[][] clustered(Random r, int n) {
        double[][] p = new double[n][2];
        for (double[] row : p) {
            double angle = 2 * Math.PI * r.nextInt(8) / 8;
            row[0] = 2 * Math.cos(angle) + 0.02 * r.nextGaussian();
            row[1] = 2 * Math.sin(angle) + 0.02 * r.nextGaussian();
        }
        return p;
    }

    private static TransportPlan solveOn(int threads, double[][] x, double[][] y) throws Exception {
        ForkJoinPool pool = new ForkJoinPool(threads);
        try {
            return pool.submit(() -> ExactTransportSolver.solve(x, y, Cost.SQUARED_DISTANCE)).get();
        } finally {
            pool.shutdown();
        }
    }

    @Test
    void theSamePlanOnOneOrFourThreads() throws Exception {
        Random r = new Random(4);
        double[][] x = OtTestSupport.uniformPoints(r, 900, 2);
        double[][] y = clustered(r, 700);
        TransportPlan one = solveOn(1, x, y);
        TransportPlan four = solveOn(4, x, y);
        assertEquals(one.totalCost(), four.totalCost(), 0.0);
        assertArrayEquals(one.sourcePotential(), four.sourcePotential(), 0.0);
        assertArrayEquals(one.targetPotential(), four.targetPotential(), 0.0);
    }

    @Test
    void everyBlockCheckpointsOneAtATimeAndACancellationStopsThePass() {
        int[] seen = new int[1];
        AtomicInteger inside = new AtomicInteger();
        AtomicInteger most = new AtomicInteger();
        boolean[] covered = new boolean[2000];
        RowBlocks.run(2000, "test", (from, to) -> {
            synchronized (covered) {
                for (int i = from; i < to; i++) {
                    covered[i] = true;
                }
            }
        });
        for (boolean b : covered) {
            assertTrue(b, "every row is visited");
        }
        SolveProgress.Listener listener = (stage, done, total, matching) -> {
            most.accumulateAndGet(inside.incrementAndGet(), Math::max);
            try {
                Thread.sleep(1);
                if (++seen[0] >= 5) {
                    throw new CancellationException("stop");
                }
            } catch (InterruptedException e) {
                throw new CancellationException("interrupted");
            } finally {
                inside.decrementAndGet();
            }
        };
        AtomicInteger blocksRun = new AtomicInteger();
        assertThrows(CancellationException.class, () -> SolveProgress.run(listener, () -> {
            RowBlocks.run(64 * 40, "test", (from, to) -> blocksRun.incrementAndGet());
            return null;
        }));
        assertEquals(1, most.get(), "the listener is never entered by two threads at once");
        assertEquals(4, blocksRun.get(), "only the blocks before the cancelling checkpoint ran");
    }
}
