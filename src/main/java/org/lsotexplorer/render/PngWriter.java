package org.lsotexplorer.render;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import javax.imageio.ImageIO;

/**
 * Writes a {@link Raster} as a PNG file. Opaque rasters are written as 8-bit RGB, others as 8-bit RGBA.
 *
 * <p>The file is first written next to its destination under a temporary name and then moved into place, so a
 * reader (the GUI watching a run folder) never sees half a PNG. Failure behaviour: a missing folder, a path whose
 * parent is not a folder, or a folder that cannot be written raises an {@link IOException} whose message names the
 * file and the reason; no partial file is left behind.
 */
public final class PngWriter {
    private PngWriter() {
    }

    /** Writes {@code raster} to {@code file} (replacing an existing file). */
    public static void write(Raster raster, Path file) throws IOException {
        Path target = file.toAbsolutePath();
        Path folder = target.getParent();
        if (folder == null || !Files.isDirectory(folder)) {
            throw new IOException("cannot write PNG " + file + ": folder " + folder + " does not exist"
                    + " or is not a folder");
        }
        if (Files.isSymbolicLink(target)) {
            throw new IOException("cannot write PNG " + file + ": it is a symbolic link; figures are never written"
                    + " through links, remove it or choose another folder");
        }
        BufferedImage image = raster.isOpaque() ? raster.toOpaqueBufferedImage() : raster.toBufferedImage();
        Path temp = folder.resolve("." + target.getFileName() + ".part");
        try {
            Files.deleteIfExists(temp);       // a stale temporary (or a link planted there) goes; it is never followed
            try (OutputStream out = Files.newOutputStream(temp, StandardOpenOption.CREATE_NEW,
                    StandardOpenOption.WRITE)) {
                if (!ImageIO.write(image, "png", out)) {
                    throw new IOException("cannot write PNG " + file + ": no PNG encoder available");
                }
            }
            try {
                Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (AccessDeniedException e) {
            throw new IOException("cannot write PNG " + file + ": folder " + folder + " is not writable", e);
        } catch (FileSystemException e) {
            throw new IOException("cannot write PNG " + file + ": " + e.getReason(), e);
        } finally {
            deleteQuietly(temp);
        }
    }

    private static void deleteQuietly(Path temp) {
        try {
            Files.deleteIfExists(temp);
        } catch (IOException ignored) {
            // the original failure is the one worth reporting
        }
    }
}
