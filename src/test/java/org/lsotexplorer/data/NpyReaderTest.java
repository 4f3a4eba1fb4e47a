package org.lsotexplorer.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class NpyReaderTest {
    @TempDir
    Path dir;

    @Test
    void writerOutputReadsBackExactlyAndAlignsData() throws IOException {
        Path f = dir.resolve("m.npy");
        NpyWriter.writeMatrix(f, new double[][] {{1.5, -2}, {3.25, 1e-3}, {0, 7}});
        NpyArray a = NpyReader.read(f);
        assertEquals("float32", a.dtypeName());
        assertArrayEquals(new long[] {3, 2}, a.shape());
        assertEquals(3.25, a.get(2));
        assertEquals(7.0, a.get(5));
        assertEquals((float) 1e-3, (float) a.get(3));
        byte[] bytes = Files.readAllBytes(f);
        assertEquals(0, (bytes.length - 24) % 64, "data starts at a multiple of 64 bytes");
    }

    @Test
    void readsFloat64VersionTwoBigEndianAndUint8() throws IOException {
        NpyArray v2 = NpyReader.read(NpyFiles.write(dir.resolve("v2.npy"), 2, "<f8", false, "(1, 2)",
                NpyFiles.float64(new double[][] {{0.5, -4}})));
        assertEquals(-4.0, v2.get(1));
        ByteBuffer be = ByteBuffer.allocate(8).order(ByteOrder.BIG_ENDIAN).putInt(7).putInt(-3);
        NpyArray big = NpyReader.read(NpyFiles.write(dir.resolve("be.npy"), ">i4", false, "(2,)", be.array()));
        assertEquals(-3.0, big.get(1));
        NpyArray u8 = NpyReader.read(NpyFiles.write(dir.resolve("u8.npy"), "|u1", false, "(2,)",
                new byte[] {(byte) 255, 3}));
        assertEquals(255.0, u8.get(0));
        assertEquals("(2,)", u8.shapeText());
    }

    @Test
    void fortranOrderIsRefusedByName() {
        Path f = NpyFiles.write(dir.resolve("fortran.npy"), "<f8", true, "(1, 2)",
                NpyFiles.float64(new double[][] {{1, 2}}));
        IOException e = assertThrows(IOException.class, () -> NpyReader.read(f));
        assertTrue(e.getMessage().startsWith("fortran.npy: ") && e.getMessage().contains("C order"), e.getMessage());
    }

    @Test
    void truncatedDataSaysHowManyBytesItNeeded() {
        Path f = NpyFiles.write(dir.resolve("short.npy"), "<f4", false, "(4, 2)", NpyFiles.float32(1, 2, 3));
        IOException e = assertThrows(IOException.class, () -> NpyReader.read(f));
        assertTrue(e.getMessage().contains("short.npy") && e.getMessage().contains("truncated")
                && e.getMessage().contains("needs 32 bytes") && e.getMessage().contains("has 12"), e.getMessage());
    }

    @Test
    void truncatedHeaderAndNonNpyAndUnsupportedDtypes() throws IOException {
        Path good = dir.resolve("good.npy");
        NpyWriter.writeMatrix(good, new double[][] {{1, 2}});
        Path cut = dir.resolve("cut.npy");
        Files.write(cut, java.util.Arrays.copyOf(Files.readAllBytes(good), 30));
        assertTrue(assertThrows(IOException.class, () -> NpyReader.read(cut)).getMessage().contains("truncated"));
        Path text = dir.resolve("text.npy");
        Files.writeString(text, "1,2\n3,4\n");
        assertTrue(assertThrows(IOException.class, () -> NpyReader.read(text)).getMessage().contains("magic"));
        for (String descr : new String[] {"<f2", "<c16", "<U4", "|O"}) {
            Path f = NpyFiles.write(dir.resolve("d.npy"), descr, false, "(1,)", new byte[16]);
            IOException e = assertThrows(IOException.class, () -> NpyReader.read(f));
            assertTrue(e.getMessage().contains("dtype '" + descr + "'"), e.getMessage());
        }
    }
}
