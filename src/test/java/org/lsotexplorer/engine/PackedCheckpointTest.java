package org.lsotexplorer.engine;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.lsotexplorer.model.AdamState;
import org.lsotexplorer.model.Nd4jRuntime;

/** The timeline's packed checkpoints: small blocks, and unpacked arrays equal to the captured ones. */
class PackedCheckpointTest {
    @BeforeAll
    static void nd4j() {
        Nd4jRuntime.init();
    }

    @Test
    void blocksStayBelowTheLimitAndJoinToTheSameArray() {
        float[] a = new float[3 * PackedCheckpoint.BLOCK_BYTES / Float.BYTES + 7];
        for (int i = 0; i < a.length; i++) {
            a[i] = (float) Math.sin(i);
        }
        float[][] b = PackedCheckpoint.blocks(a);
        assertEquals(4, b.length);
        for (float[] block : b) {
            assertTrue(block.length * Float.BYTES <= PackedCheckpoint.BLOCK_BYTES);
        }
        assertArrayEquals(a, PackedCheckpoint.joinFloats(b));
        double[] d = {1, -0.0, Double.NaN, 4};
        assertArrayEquals(d, PackedCheckpoint.joinDoubles(PackedCheckpoint.blocks(d)));
        assertEquals(0, PackedCheckpoint.joinFloats(PackedCheckpoint.blocks(new float[0])).length);
        assertNull(PackedCheckpoint.blocks((float[]) null));
    }

    @Test
    void unpackGivesTheCapturedStateOfEverySolver() {
        for (RunSettings s : new RunSettings[] {ResumeTestSupport.lsotAdam(), ResumeTestSupport.criticRays(),
                ResumeTestSupport.sinkhorn()}) {
            TransportRun run = ResumeTestSupport.run(s);
            ResumeTestSupport.steps(run, 12);
            RunCheckpoint c = RunCheckpoint.captureWithoutHistory(run);
            RunCheckpoint u = PackedCheckpoint.pack(c).unpack();
            assertEquals(c.step(), u.step());
            assertEquals(c.settings(), u.settings());
            assertEquals(c.codesChecksum(), u.codesChecksum());
            SolverCheckpoint cs = c.solver();
            SolverCheckpoint us = u.solver();
            assertEquals(cs.baseStep(), us.baseStep());
            assertEquals(cs.networks().keySet(), us.networks().keySet());
            cs.networks().forEach((name, n) -> {
                assertEquals(n.options(), us.network(name).options());
                assertArrayEquals(n.parameters(), us.network(name).parameters(), name);
            });
            assertEquals(cs.optimizers().keySet(), us.optimizers().keySet());
            cs.optimizers().forEach((name, a) -> {
                AdamState b = us.optimizer(name);
                assertEquals(a.step(), b.step());
                assertEquals(a.learningRate(), b.learningRate());
                assertArrayEquals(a.first32(), b.first32());
                assertArrayEquals(a.second32(), b.second32());
                assertArrayEquals(a.first64(), b.first64());
                assertArrayEquals(a.second64(), b.second64());
            });
            assertEquals(cs.generators().keySet(), us.generators().keySet());
            cs.generators().forEach((name, g) -> assertArrayEquals(g, us.generators().get(name)));
            cs.indices().forEach((name, i) -> assertArrayEquals(i, us.indices(name)));
            assertEquals(cs.values().keySet(), us.values().keySet());
            cs.values().forEach((name, v) -> assertArrayEquals(v, us.values(name)));
            assertEquals(c.sizeBytes(), u.sizeBytes());
            run.release();
        }
    }
}
