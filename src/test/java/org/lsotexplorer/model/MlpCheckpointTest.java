package org.lsotexplorer.model;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.zip.CRC32;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nd4j.linalg.api.buffer.DataType;

class MlpCheckpointTest {
    @TempDir
    Path dir;

    @BeforeAll
    static void init() {
        Nd4jRuntime.init();
    }

    private static Mlp sample(DataType type) {
        return new Mlp(new MlpOptions(3, new int[] {7, 5}, Activation.TANH, 2, Activation.SOFTPLUS, type), 12);
    }

    private byte[] written(Mlp net) throws IOException {
        Path f = dir.resolve("net.lsotmlp");
        MlpCheckpoint.write(net, f);
        return Files.readAllBytes(f);
    }

    private IOException readFails(byte[] bytes) throws IOException {
        Path f = dir.resolve("bad.lsotmlp");
        Files.write(f, bytes);
        return assertThrows(IOException.class, () -> MlpCheckpoint.read(f));
    }

    /** Rewrites the CRC trailer so that only the intended corruption remains. */
    private static byte[] withValidCrc(byte[] bytes) {
        CRC32 crc = new CRC32();
        crc.update(bytes, 0, bytes.length - 4);
        ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN).putInt(bytes.length - 4, (int) crc.getValue());
        return bytes;
    }

    @Test
    void roundTripIsExactForBothTypes() throws IOException {
        for (DataType type : new DataType[] {DataType.FLOAT, DataType.DOUBLE}) {
            Mlp net = sample(type);
            Path f = dir.resolve("rt-" + type + ".lsotmlp");
            MlpCheckpoint.write(net, f);
            Mlp back = MlpCheckpoint.read(f);
            assertEquals(net.options(), back.options());
            assertTrue(Arrays.equals(net.parameters(), back.parameters()));
            assertArrayEquals(net.forward(GradientCheck.gaussian(4, 3, 1)).toDoubleMatrix()[2],
                    back.forward(GradientCheck.gaussian(4, 3, 1)).toDoubleMatrix()[2], 0.0);
        }
    }

    @Test
    void layoutIsAsDocumented() throws IOException {
        Mlp net = sample(DataType.FLOAT);
        byte[] b = written(net);
        ByteBuffer in = ByteBuffer.wrap(b).order(ByteOrder.LITTLE_ENDIAN);
        assertArrayEquals("LSOTMLP\u001a".getBytes(StandardCharsets.US_ASCII), Arrays.copyOf(b, 8));
        assertEquals(1, in.getInt(8));
        int headerLength = in.getInt(12);
        JsonNode header = new ObjectMapper().readTree(new String(b, 16, headerLength, StandardCharsets.UTF_8));
        assertEquals(3, header.get("inputDim").asInt());
        assertEquals("[7,5]", header.get("hiddenWidths").toString());
        assertEquals("TANH", header.get("hiddenActivation").asText());
        assertEquals(2, header.get("outputDim").asInt());
        assertEquals("SOFTPLUS", header.get("outputActivation").asText());
        assertEquals("FLOAT", header.get("dataType").asText());
        assertEquals(net.parameterCount(), in.getLong(16 + headerLength));
        assertEquals(net.parameters()[0], in.getDouble(24 + headerLength));
        assertEquals(24 + headerLength + 8L * net.parameterCount() + 4, b.length);
        CRC32 crc = new CRC32();
        crc.update(b, 0, b.length - 4);
        assertEquals(crc.getValue(), Integer.toUnsignedLong(in.getInt(b.length - 4)));
    }

    @Test
    void overwritesAndLeavesNoTemporaryFiles() throws IOException {
        Path f = dir.resolve("same.lsotmlp");
        MlpCheckpoint.write(sample(DataType.DOUBLE), f);
        Mlp other = new Mlp(MlpOptions.rayLength(2).withDataType(DataType.DOUBLE), 3);
        MlpCheckpoint.write(other, f);
        assertEquals(other.options(), MlpCheckpoint.read(f).options());
        try (var files = Files.list(dir)) {
            assertEquals(1, files.count());
        }
    }

    @Test
    void wrongMagicIsReported() throws IOException {
        byte[] b = written(sample(DataType.FLOAT));
        b[0] = 'X';
        assertTrue(readFails(b).getMessage().contains("magic"));
        assertTrue(readFails("{}".getBytes(StandardCharsets.UTF_8)).getMessage().contains("magic"));
    }

    @Test
    void unsupportedVersionIsReported() throws IOException {
        byte[] b = written(sample(DataType.FLOAT));
        ByteBuffer.wrap(b).order(ByteOrder.LITTLE_ENDIAN).putInt(8, 2);
        IOException e = readFails(withValidCrc(b));
        assertTrue(e.getMessage().contains("unsupported checkpoint format version 2"), e.getMessage());
    }

    @Test
    void truncationIsReportedAtEveryCut() throws IOException {
        byte[] b = written(sample(DataType.DOUBLE));
        int headerLength = ByteBuffer.wrap(b).order(ByteOrder.LITTLE_ENDIAN).getInt(12);
        for (int cut : new int[] {10, 16, 16 + headerLength / 2, 16 + headerLength + 4, b.length / 2, b.length - 1}) {
            IOException e = readFails(Arrays.copyOf(b, cut));
            assertTrue(e.getMessage().contains("truncated"), cut + ": " + e.getMessage());
        }
    }

    @Test
    void checksumMismatchIsReported() throws IOException {
        byte[] b = written(sample(DataType.FLOAT));
        b[b.length - 20] ^= 0x10;
        IOException e = readFails(b);
        assertTrue(e.getMessage().contains("checksum mismatch"), e.getMessage());
    }

    @Test
    void trailingBytesAndBadHeadersAreReported() throws IOException {
        byte[] b = written(sample(DataType.FLOAT));
        assertTrue(readFails(Arrays.copyOf(b, b.length + 3)).getMessage().contains("trailing"));

        byte[] badJson = b.clone();
        badJson[16] = '[';
        assertTrue(readFails(withValidCrc(badJson)).getMessage().contains("invalid checkpoint header"));

        byte[] badActivation = new String(b, StandardCharsets.ISO_8859_1).replace("TANH", "TANX")
                .getBytes(StandardCharsets.ISO_8859_1);
        assertTrue(readFails(withValidCrc(badActivation)).getMessage().contains("invalid checkpoint header"));

        byte[] wrongCount = b.clone();
        int headerLength = ByteBuffer.wrap(b).order(ByteOrder.LITTLE_ENDIAN).getInt(12);
        ByteBuffer.wrap(wrongCount).order(ByteOrder.LITTLE_ENDIAN).putLong(16 + headerLength, 3);
        IOException e = readFails(withValidCrc(wrongCount));
        assertTrue(e.getMessage().contains("corrupt") || e.getMessage().contains("trailing"), e.getMessage());
    }
}
