package org.lsotexplorer.model;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.ndarray.INDArray;

/** Closing an image model frees every parameter array at once (not at a later collection) and refuses later use. */
class ModelCloseTest {
    private static ConvAutoencoderOptions tiny() {
        return new ConvAutoencoderOptions(16, 1, 4, 4, ConvAutoencoderOptions.ReconstructionLoss.MSE, 3e-3, 16);
    }

    private static void assertAllClosed(GraphModel graph) {
        assertFalse(graph.parameterNames().isEmpty());
        for (String name : graph.parameterNames()) {
            assertTrue(graph.parameterArray(name).wasClosed(), name + " is still allocated");
        }
    }

    @Test
    void autoencoderCloseFreesItsParametersAndMoments() {
        INDArray x = TinyImages.blobs(16, 1, 16, 1);
        ConvAutoencoder ae = new ConvAutoencoder(tiny(), 7);
        ae.fitBatch(x);
        for (String name : ae.graph().parameterNames()) {
            assertFalse(ae.graph().parameterArray(name).wasClosed());
        }
        ae.close();
        assertAllClosed(ae.graph());
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> ae.fitBatch(x));
        assertTrue(e.getMessage().contains("closed"), e.getMessage());
        ae.close();   // idempotent
    }

    @Test
    void vaeCloseFreesItsParameters() {
        VariationalAutoencoder vae = new VariationalAutoencoder(tiny(), 3);
        vae.fitBatch(TinyImages.blobs(16, 1, 16, 1));
        vae.close();
        assertAllClosed(vae.graph());
    }
}
