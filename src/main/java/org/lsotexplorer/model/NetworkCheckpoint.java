package org.lsotexplorer.model;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.CRC32;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * The LSOT-NET checkpoint format, version 1, for the SameDiff image models ({@link ConvAutoencoder},
 * {@link VariationalAutoencoder}, {@link DigitClassifier}); never Java serialization, and not SameDiff's own
 * flatbuffers (the graph is rebuilt from the options, only the parameter values are stored).
 *
 * <p>All integers and floats are little-endian:
 * <pre>
 *   offset   size  field
 *   0        8     magic, the ASCII bytes "LSOTNET" followed by 0x1A
 *   8        4     format version, uint32 = 1
 *   12       4     header length H in bytes, uint32, 2 .. 1048576
 *   16       H     header: UTF-8 JSON {"kind": model class name, "options": {...the model's options...},
 *                  "dataType": "FLOAT"|"DOUBLE", "tensors": [{"name": str, "shape": [int, ...]}, ...]}
 *   16+H     B     each tensor's values in header order, C order, float32 (FLOAT) or float64 (DOUBLE)
 *   16+H+B   4     CRC-32 (java.util.zip.CRC32) of every preceding byte, uint32
 * </pre>
 * Optimizer state is not stored: a loaded model resumes training with fresh Adam moments.
 *
 * <p>{@link #read} throws {@link IOException} naming the problem: wrong magic, unsupported version, truncation,
 * trailing bytes, checksum mismatch, invalid header, or a model kind other than the one expected.
 */
final class NetworkCheckpoint {
    static final byte[] MAGIC = {'L', 'S', 'O', 'T', 'N', 'E', 'T', 0x1A};
    static final int FORMAT_VERSION = 1;
    private static final int MAX_HEADER = 1 << 20;
    private static final ObjectMapper JSON = new ObjectMapper();

    /** What a checkpoint holds. */
    record Contents(JsonNode options, Map<String, INDArray> tensors) {
    }

    private NetworkCheckpoint() {
    }

    static ObjectNode newObject() {
        return JSON.createObjectNode();
    }

    static void write(Path file, String kind, ObjectNode options, DataType type, Map<String, INDArray> tensors)
            throws IOException {
        ObjectNode header = JSON.createObjectNode();
        header.put("kind", kind);
        header.set("options", options);
        header.put("dataType", type.name());
        ArrayNode list = header.putArray("tensors");
        long values = 0;
        for (Map.Entry<String, INDArray> e : tensors.entrySet()) {
            ObjectNode t = list.addObject();
            t.put("name", e.getKey());
            ArrayNode shape = t.putArray("shape");
            for (long s : e.getValue().shape()) {
                shape.add(s);
            }
            values += e.getValue().length();
        }
        byte[] h = JSON.writeValueAsBytes(header);
        int width = type == DataType.DOUBLE ? 8 : 4;
        long size = 16L + h.length + width * values + 4;
        if (size > Integer.MAX_VALUE - 8) {
            throw new IOException("model too large for one checkpoint: " + size + " bytes");
        }
        ByteBuffer out = ByteBuffer.allocate((int) size).order(ByteOrder.LITTLE_ENDIAN);
        out.put(MAGIC).putInt(FORMAT_VERSION).putInt(h.length).put(h);
        for (INDArray a : tensors.values()) {
            if (type == DataType.DOUBLE) {
                for (double v : a.castTo(DataType.DOUBLE).dup('c').data().asDouble()) {
                    out.putDouble(v);
                }
            } else {
                for (float v : a.castTo(DataType.FLOAT).dup('c').data().asFloat()) {
                    out.putFloat(v);
                }
            }
        }
        CRC32 crc = new CRC32();
        crc.update(out.array(), 0, (int) size - 4);
        out.putInt((int) crc.getValue());
        Path absolute = file.toAbsolutePath();
        Path tmp = Files.createTempFile(absolute.getParent(), absolute.getFileName().toString(), ".tmp");
        try {
            Files.write(tmp, out.array());
            try {
                Files.move(tmp, absolute, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, absolute, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    static Contents read(Path file, String expectedKind) throws IOException {
        byte[] bytes = Files.readAllBytes(file);
        String where = " in " + file;
        if (bytes.length < MAGIC.length || !Arrays.equals(bytes, 0, MAGIC.length, MAGIC, 0, MAGIC.length)) {
            throw new IOException("not an LSOT-NET checkpoint (wrong magic bytes)" + where);
        }
        if (bytes.length < 20) {
            throw new IOException("truncated checkpoint: " + bytes.length + " bytes" + where);
        }
        ByteBuffer in = ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN);
        long version = Integer.toUnsignedLong(in.getInt(8));
        if (version != FORMAT_VERSION) {
            throw new IOException("unsupported checkpoint format version " + version + " (this build reads "
                    + FORMAT_VERSION + ")" + where);
        }
        long h = Integer.toUnsignedLong(in.getInt(12));
        if (h < 2 || h > MAX_HEADER) {
            throw new IOException("corrupt checkpoint: header length " + h + where);
        }
        if (bytes.length < 16 + h + 4) {
            throw new IOException("truncated checkpoint: ends inside the header" + where);
        }
        CRC32 crc = new CRC32();
        crc.update(bytes, 0, bytes.length - 4);
        long stored = Integer.toUnsignedLong(in.getInt(bytes.length - 4));
        JsonNode header;
        try {
            header = JSON.readTree(new String(bytes, 16, (int) h, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new IOException("invalid checkpoint header: " + e.getMessage() + where, e);
        }
        if (header == null || !header.isObject() || !header.path("tensors").isArray()
                || !header.path("options").isObject()) {
            throw new IOException("invalid checkpoint header: missing kind, options or tensors" + where);
        }
        String kind = header.path("kind").asText();
        if (!kind.equals(expectedKind)) {
            throw new IOException("checkpoint holds a " + kind + ", expected a " + expectedKind + where);
        }
        DataType type = "DOUBLE".equals(header.path("dataType").asText()) ? DataType.DOUBLE : DataType.FLOAT;
        int width = type == DataType.DOUBLE ? 8 : 4;
        Map<String, long[]> shapes = new LinkedHashMap<>();
        long values = 0;
        for (JsonNode t : header.get("tensors")) {
            JsonNode shapeNode = t.path("shape");
            long[] shape = new long[shapeNode.size()];
            long count = 1;
            for (int i = 0; i < shape.length; i++) {
                shape[i] = shapeNode.get(i).asLong(-1);
                if (shape[i] < 1 || shape[i] > Integer.MAX_VALUE) {
                    throw new IOException("invalid checkpoint header: bad shape for " + t.path("name") + where);
                }
                count *= shape[i];
            }
            shapes.put(t.path("name").asText(), shape);
            values += count;
        }
        long expected = 16 + h + width * values + 4;
        if (bytes.length < expected) {
            throw new IOException("truncated checkpoint: " + bytes.length + " bytes, expected " + expected + where);
        }
        if (bytes.length > expected) {
            throw new IOException("corrupt checkpoint: " + (bytes.length - expected) + " unexpected trailing bytes"
                    + where);
        }
        if (crc.getValue() != stored) {
            throw new IOException(String.format("checkpoint checksum mismatch (stored %08x, computed %08x)%s", stored,
                    crc.getValue(), where));
        }
        in.position((int) (16 + h));
        Map<String, INDArray> tensors = new LinkedHashMap<>();
        for (Map.Entry<String, long[]> e : shapes.entrySet()) {
            int count = (int) Arrays.stream(e.getValue()).reduce(1, (a, b) -> a * b);
            double[] v = new double[count];
            for (int i = 0; i < count; i++) {
                v[i] = width == 8 ? in.getDouble() : in.getFloat();
            }
            tensors.put(e.getKey(), Nd4j.createFromArray(v).castTo(type).reshape(e.getValue()));
        }
        return new Contents(header.get("options"), tensors);
    }

    /** A required integer field of the options object. */
    static int intField(JsonNode options, String key) throws IOException {
        JsonNode n = options.get(key);
        if (n == null || !n.isInt()) {
            throw new IOException("invalid checkpoint header: options." + key + " missing or not an integer");
        }
        return n.intValue();
    }

    /** A required number field of the options object. */
    static double doubleField(JsonNode options, String key) throws IOException {
        JsonNode n = options.get(key);
        if (n == null || !n.isNumber()) {
            throw new IOException("invalid checkpoint header: options." + key + " missing or not a number");
        }
        return n.doubleValue();
    }
}
