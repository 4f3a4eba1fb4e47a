package org.lsotexplorer.engine;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.lsotexplorer.model.AdamState;
import org.lsotexplorer.model.Mlp;
import org.lsotexplorer.model.MlpCheckpoint;
import org.nd4j.linalg.api.buffer.DataType;

/** Reads a bundle's networks and optimizer moments, stored in the LSOT-MLP checkpoint format. */
final class NetworkFiles {
    private NetworkFiles() {
    }

    static SolverCheckpoint.Network read(Path file) throws IOException {
        if (!Files.isRegularFile(file)) {
            throw new IOException("the run folder's network " + file + " is missing; the folder is incomplete");
        }
        Mlp net = MlpCheckpoint.read(file);
        return new SolverCheckpoint.Network(net.options(), narrow(net.parameters()));
    }

    static AdamState adam(Path model, String name, JsonNode o, SolverCheckpoint.Network net) throws IOException {
        long step = o.path("step").asLong();
        double rate = o.path("learning_rate").asDouble();
        if (o.path("moments").size() == 0) {
            return new AdamState(step, rate, null, null, null, null);
        }
        double[] m = MlpCheckpoint.read(model.resolve(o.path("moments").path(0).asText())).parameters();
        double[] v = MlpCheckpoint.read(model.resolve(o.path("moments").path(1).asText())).parameters();
        if (net.options().dataType() == DataType.FLOAT) {
            return new AdamState(step, rate, narrow(m), narrow(v), null, null);
        }
        return new AdamState(step, rate, null, null, m, v);
    }

    private static float[] narrow(double[] d) {
        float[] f = new float[d.length];
        for (int i = 0; i < d.length; i++) {
            f[i] = (float) d[i];
        }
        return f;
    }
}
