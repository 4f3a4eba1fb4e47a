package org.lsotexplorer.model;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.zip.CRC32;
import org.nd4j.linalg.api.buffer.DataType;

/**
 * Reads and writes one {@link Mlp} in the LSOT-MLP checkpoint format, version 1 (never Java serialization).
 *
 * <p>All integers and floats are little-endian:
 * <pre>
 *   offset      size  field
 *   0           8     magic, the ASCII bytes "LSOTMLP" followed by 0x1A
 *   8           4     format version, uint32 = 1
 *   12          4     header length H in bytes, uint32, 2 .. 65536
 *   16          H     header: UTF-8 JSON object {"inputDim": int, "hiddenWidths": [int, ...],
 *                     "hiddenActivation": name, "outputDim": int, "outputActivation": name, "dataType": "FLOAT"|"DOUBLE"}
 *                     (activation names as in {@link Activation}); unknown keys are ignored
 *   16+H        8     parameter count P, int64; must equal the count the header's shape implies
 *   24+H        8P    the parameters as IEEE-754 float64, in the order of {@link Mlp#parameters()}
 *   24+H+8P     4     CRC-32 (java.util.zip.CRC32) of every preceding byte, uint32
 * </pre>
 * Float networks are stored widened to float64, so a round trip is exact for both types.
 *
 * <p>{@link #write} replaces the target atomically where the file system allows (temporary file, then move).
 * {@link #read} throws {@link IOException} with a message naming the problem: wrong magic (not a checkpoint),
 * unsupported version, truncated file, trailing bytes, checksum mismatch, or an invalid header.
 */
public final class MlpCheckpoint {
    /** The 8 magic bytes. */
    static final byte[] MAGIC = {'L', 'S', 'O', 'T', 'M', 'L', 'P', 0x1A};
    /** The format version this class writes and reads. */
    public static final int FORMAT_VERSION = 1;
    private static final int MAX_HEADER = 65536;
    private static final int PREAMBLE = 16;
    private static final ObjectMapper JSON = new ObjectMapper();

    private MlpCheckpoint() {
    }

    /** Writes {@code net} to {@code file}, replacing it. */
    public static void write(Mlp net, Path file) throws IOException {
        byte[] header = JSON.writeValueAsBytes(headerOf(net.options()));
        double[] params = net.parameters();
        int size = PREAMBLE + header.length + 8 + 8 * params.length + 4;
        ByteBuffer out = ByteBuffer.allocate(size).order(ByteOrder.LITTLE_ENDIAN);
        out.put(MAGIC).putInt(FORMAT_VERSION).putInt(header.length).put(header).putLong(params.length);
        for (double p : params) {
            out.putDouble(p);
        }
        CRC32 crc = new CRC32();
        crc.update(out.array(), 0, size - 4);
        out.putInt((int) crc.getValue());

        Path absolute = file.toAbsolutePath();
        Path dir = absolute.getParent();
        Path tmp = Files.createTempFile(dir, absolute.getFileName().toString(), ".tmp");
        try {
            Files.write(tmp, out.array());
            try {
                Files.move(tmp, absolute, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (java.nio.file.AtomicMoveNotSupportedException e) {
                Files.move(tmp, absolute, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    /** Reads a network written by {@link #write}. */
    public static Mlp read(Path file) throws IOException {
        byte[] bytes = Files.readAllBytes(file);
        String where = " in " + file;
        if (bytes.length < MAGIC.length || !java.util.Arrays.equals(bytes, 0, MAGIC.length, MAGIC, 0, MAGIC.length)) {
            throw new IOException("not an LSOT-MLP checkpoint (wrong magic bytes)" + where);
        }
        if (bytes.length < PREAMBLE) {
            throw new IOException("truncated checkpoint: " + bytes.length + " bytes, the preamble alone is " + PREAMBLE
                    + where);
        }
        ByteBuffer in = ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN);
        in.position(MAGIC.length);
        long version = Integer.toUnsignedLong(in.getInt());
        if (version != FORMAT_VERSION) {
            throw new IOException("unsupported checkpoint format version " + version + " (this build reads "
                    + FORMAT_VERSION + ")" + where);
        }
        long headerLength = Integer.toUnsignedLong(in.getInt());
        if (headerLength < 2 || headerLength > MAX_HEADER) {
            throw new IOException("corrupt checkpoint: header length " + headerLength + " outside 2.." + MAX_HEADER
                    + where);
        }
        long countAt = PREAMBLE + headerLength;
        if (bytes.length < countAt + 8) {
            throw new IOException("truncated checkpoint: " + bytes.length + " bytes, ends inside the header" + where);
        }
        long count = in.getLong((int) countAt);
        if (count < 0 || count > Integer.MAX_VALUE - 8) {
            throw new IOException("corrupt checkpoint: parameter count " + count + where);
        }
        long expectedSize = countAt + 8 + 8 * count + 4;
        if (bytes.length < expectedSize) {
            throw new IOException("truncated checkpoint: " + bytes.length + " bytes, expected " + expectedSize + where);
        }
        if (bytes.length > expectedSize) {
            throw new IOException("corrupt checkpoint: " + (bytes.length - expectedSize) + " unexpected trailing bytes"
                    + where);
        }
        CRC32 crc = new CRC32();
        crc.update(bytes, 0, bytes.length - 4);
        long stored = Integer.toUnsignedLong(in.getInt(bytes.length - 4));
        if (crc.getValue() != stored) {
            throw new IOException(String.format("checkpoint checksum mismatch (stored %08x, computed %08x)%s", stored,
                    crc.getValue(), where));
        }
        MlpOptions options = optionsOf(new String(bytes, PREAMBLE, (int) headerLength, StandardCharsets.UTF_8), where);
        if (options.parameterCount() != count) {
            throw new IOException("corrupt checkpoint: header describes " + options.parameterCount()
                    + " parameters, the file holds " + count + where);
        }
        double[] params = new double[(int) count];
        in.position((int) countAt + 8);
        for (int i = 0; i < params.length; i++) {
            params[i] = in.getDouble();
        }
        try {
            return Mlp.fromParameters(options, params);
        } catch (IllegalArgumentException e) {
            throw new IOException("corrupt checkpoint: " + e.getMessage() + where, e);
        }
    }

    private static ObjectNode headerOf(MlpOptions o) {
        ObjectNode h = JSON.createObjectNode();
        h.put("inputDim", o.inputDim());
        ArrayNode widths = h.putArray("hiddenWidths");
        for (int w : o.hiddenWidths()) {
            widths.add(w);
        }
        h.put("hiddenActivation", o.hiddenActivation().name());
        h.put("outputDim", o.outputDim());
        h.put("outputActivation", o.outputActivation().name());
        h.put("dataType", o.dataType().name());
        return h;
    }

    private static MlpOptions optionsOf(String json, String where) throws IOException {
        try {
            JsonNode h = JSON.readTree(json);
            JsonNode widthsNode = required(h, "hiddenWidths");
            if (!widthsNode.isArray()) {
                throw new IllegalArgumentException("hiddenWidths is not an array");
            }
            int[] widths = new int[widthsNode.size()];
            for (int i = 0; i < widths.length; i++) {
                widths[i] = intValue(widthsNode.get(i), "hiddenWidths[" + i + "]");
            }
            return new MlpOptions(intValue(required(h, "inputDim"), "inputDim"), widths,
                    Activation.valueOf(required(h, "hiddenActivation").asText()),
                    intValue(required(h, "outputDim"), "outputDim"),
                    Activation.valueOf(required(h, "outputActivation").asText()),
                    DataType.valueOf(required(h, "dataType").asText()));
        } catch (IOException | IllegalArgumentException e) {
            throw new IOException("invalid checkpoint header: " + e.getMessage() + where, e);
        }
    }

    private static JsonNode required(JsonNode h, String key) {
        if (h == null || !h.isObject() || !h.has(key)) {
            throw new IllegalArgumentException("missing field " + key);
        }
        return h.get(key);
    }

    private static int intValue(JsonNode n, String name) {
        if (!n.isInt()) {
            throw new IllegalArgumentException(name + " is not an integer");
        }
        return n.intValue();
    }
}
