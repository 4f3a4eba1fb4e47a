package org.lsotexplorer.engine;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** SHA-256 fingerprints of point clouds, for manifests. */
final class Checksums {
    private Checksums() {
    }

    static String sha256(double[][] points) {
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            ByteBuffer buf = ByteBuffer.allocate(8 * points[0].length).order(ByteOrder.LITTLE_ENDIAN);
            for (double[] p : points) {
                buf.clear();
                for (double v : p) {
                    buf.putDouble(v);
                }
                md.update(buf.array(), 0, buf.position());
            }
            return HexFormat.of().formatHex(md.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JDK", e);
        }
    }
}
